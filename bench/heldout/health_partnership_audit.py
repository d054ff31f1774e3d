"""Health partnership audit: the record of a joint audit of one child's case
by the council's children's social care and the local NHS community health
trust's safeguarding children team, held for the safeguarding partnership.
The council's lead auditor and the trust's Named Nurse each read their own
agency's records for the period reviewed, the other agencies involved send
someone to speak for their records, and the lead auditor writes it up:
the child and the case (with an NHS number on some, and the brothers and
sisters at home), the audit and who took part for each agency, five lines
of enquiry each with what the health records and the social care record
showed and a judgement, the overall judgement, areas of good practice and
areas where improvement is needed, a multi-agency action plan, the
question of any immediate safeguarding concern, sign-off by the lead
auditor and the Named Nurse and, on some, the Head of Service's
moderation.

Modelled on what Leicestershire Partnership NHS Trust (LPT) published of
its own single-agency safeguarding children audits, two reports read only
in the parts a search returned: "Safeguarding Children Case File Audit:
Health Visitor and School Nurse records 2012" (by two of the trust's
Safeguarding Leads; audit period January to March 2012,
report June 2012), whose contents run summary, background, aim,
standards, method (sample and data source, data collection and analysis),
findings under "Referrals", "Post-referral", "Multi-agency working" and
"The child protection process", then comments as "Key findings", "Areas of
good practice" and "Areas where ..." (the rest of the heading was not
shown); and the 2013 report of the same audit (by the trust's Named Nurse
Child Protection; audit period February/March 2013, report June 2013),
whose executive summary says the case file audit is one of a number of
audits in the trust to give assurance that safeguarding duties are
recognised and fulfilled, that it looks at the health visiting and school
nursing teams of the Families, Young People and Children's Division, that
its criteria come from the Children Acts 1989 and 2004, Working Together,
the LSCB's procedures, the trust's own policy and the learning from
serious case reviews, and that 50 health visitor and school nurse records
of children on a child protection plan during 2012 (about a 5% sample)
were audited by the Named Nurse Team with the tool used before. (Read as
copies at vdocument.in/safeguarding-children-case-file-safeguarding-children-case-file-audit-summary.html
and careersdocbox.com/Nursing/110671060-Roma-boobyer-named-nurse-child-protection.html.)
The trust on the form is invented, and its NHS numbers are in the 999
range the NHS keeps for testing; they are personal data all the same.

The reports describe a health audit of many records, not a form, and no
joint audit with the council; so the form is our own judgement: a
council-and-trust record of a joint audit of one child's case, whose lines
of enquiry follow the report's findings headings (referral, after the
referral, multi-agency working and the child protection process) with the
child's voice before them and the outcomes for the child after, and whose
learning headings follow its comments ("Areas of good practice", "Areas
where improvement is needed"). Also our judgement: the co-branded header,
the NHS number and GP practice, the details as two pairs to a row or as
tabbed lines, the agencies as a strip with one column each, as lines naming
who spoke for each, or as the partnership's printed list answered Y / N;
the lines of enquiry as a block each (what the health records showed, what
the social care record showed, the agreed judgement) or as one grid; the
judgements typed informally, as a number on a printed 1-4 key either way
round, the chosen word bold or highlighted among the four, the others
struck through, a mark under four grade columns or a Word drop-down list;
the action plan as a table with a lead agency and an empty RAG column,
numbered lines or a "no actions" sentence; and the Head of Service's
moderation as a box with an outcome ticked, or typed in a non-red ink at
the end of the form, with remarks beside some lines of enquiry, or an
empty box, an "awaiting" note or no section at all.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.shared import Pt

from bot.samples import COUNCIL, Section
from bot.samples.ooxml import ControlIds, content_dropdown
from bot.samples.tool_phrases import AGENCIES, FAMILY_VOICES
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    case_reference,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "health_partnership_audit"
TRUST = f"{COUNCIL.replace(' Council', '')} Community Health NHS Trust"
PARTNERSHIP = f"{COUNCIL.replace(' Council', '')} Safeguarding Children Partnership"
SEED = 9992

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# Two wordings of the five lines of enquiry, in the order of the sample's
# areas (Voice of the child, Information sharing between agencies,
# Assessment of need and risk, Multi-agency plan, Impact and outcomes for
# the child); the middle three follow the trust report's findings headings.
ENQUIRY_SETS = (
    ("The child's voice and daily life", "Recognition, referral and information sharing",
     "Assessment of need and risk after the referral", "Working together and the child protection plan",
     "Health and wellbeing outcomes for the child"),
    ("Hearing the child", "Referrals and sharing information", "Post-referral assessment",
     "Multi-agency working and the child protection process", "Difference made for the child"),
)
PROMPTS = (
    "Is the child seen, heard and described by each agency? Do the records say what a day is like for them?",
    "Were worries recognised and referred promptly, confirmed in writing, and shared with the right agencies?",
    "After the referral, did health information inform the assessment of need and risk?",
    "Did agencies attend and report to conferences and core groups, and does each know its part in the plan?",
    "What has changed for the child's health, development and safety because agencies worked together?",
)
# What the Named Nurse wrote of the health records, beside the social care
# finding; none names the child or a grade.
HEALTH_FINDINGS = (
    "Health visitor contacts are recorded at each mandated review; the GP was not told of the plan.",
    "The school nurse's referral was made by telephone and confirmed in writing the next day.",
    "The health record holds the conference report but not the minutes of the last core group.",
    "Missed health appointments were followed up and the reasons are recorded.",
    "The health visitor's report to conference was shared with the parents beforehand.",
    "A safeguarding alert is on the child's electronic health record and on the GP record.",
    "Safeguarding supervision for the health visitor is recorded and names the worries.",
    "Growth and development checks are up to date; weight concerns were passed to the social worker.",
)
# Who spoke for each agency at the audit meeting.
SPOKE_FOR = {
    "Children's Social Care": ("Allocated social worker", "Practice manager"),
    "Police": ("DS, Public Protection Unit", "PPU Detective Constable"),
    "Health visiting": ("Health visitor, 0-19 service", "Specialist community public health nurse"),
    "School": ("Designated Safeguarding Lead", "Deputy DSL"),
    "Early Help": ("Family support worker", "Early Help key worker"),
    "Probation": ("Probation officer", "Senior probation officer"),
    "Child and Adolescent Mental Health Services": ("Primary mental health worker", "CAMHS clinician"),
    "Housing": ("Housing officer", "Tenancy support officer"),
}
NAMED_NURSES = ("Bernadette Quayle", "Olumide Fashola", "Catriona Mears", "Siobhan Tierney", "Rupinder Gill")
GP_PRACTICES = ("Riverside Medical Practice", "The Mill Surgery", "Parkview Health Centre", "Old Station Surgery")
PLANS = ("Child protection plan – neglect", "Child protection plan – emotional abuse", "Child in need plan",
         "Child protection plan – physical abuse")
NO_ACTIONS = ("No multi-agency actions – the current child protection plan already addresses the findings.",
              "No actions required from this audit.",
              "None identified. Learning to be shared through the partnership's practice briefing.")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not selected for moderation this quarter.", "")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:3]
    others = [sample for sample in pool if not sample.urgent_concern]
    confirms = [sample for sample in others if _outcome(sample) == "confirms"][:2]
    changes = [sample for sample in others if _outcome(sample) == "changes"][:3]
    comments = [sample for sample in others if _outcome(sample) == "comments"][:2]
    chosen = urgent + confirms + changes + comments
    chosen += [sample for sample in others if not sample.moderation][: count - len(chosen)]
    rng.shuffle(chosen)
    chosen = chosen[:count]
    # Each way of writing a judgement on at least two files.
    grade_styles = ["typed", "key", "bold", "highlight", "struck", "columns", "dropdown"]
    grade_styles = (grade_styles * 3)[:len(chosen)]
    rng.shuffle(grade_styles)
    no_actions = set(rng.sample([index for index, sample in enumerate(chosen) if sample.actions], 3))
    return [_form(rng, index, sample, today, grade_styles[index], index in no_actions)
            for index, sample in enumerate(chosen)]


def _outcome(sample) -> str | None:
    moderation = sample.moderation
    if moderation is None:
        return None
    if moderation.grade is None:
        return "comments"
    return "confirms" if moderation.grade == sample.grade else "changes"


def _numbers(reversed_key: bool) -> dict[str, int]:
    return {grade: (4 - position if reversed_key else position + 1) for position, grade in enumerate(ORDER)}


def _key_line(reversed_key: bool) -> str:
    numbers = _numbers(reversed_key)
    ordered = sorted(ORDER, key=lambda grade: numbers[grade])
    return "Key:  " + "    ".join(f"{numbers[grade]} = {WORDS[grade]}" for grade in ordered)


def _fresh(cell):
    return cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()


def _grade_runs(rng: random.Random, line, grade: str, style: str, reversed_key: bool, ids: ControlIds,
                *, note_chance: float = 0.0) -> None:
    """A judgement on `line` in the form's style ("columns" is drawn elsewhere)."""
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=note_chance))
    elif style == "key":
        run(line, str(_numbers(reversed_key)[grade]))
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Judgement")
    else:
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   " if style == "struck" else " | ")
            chosen = option == grade
            run(line, WORDS[option].upper() if chosen and style == "bold" and rng.random() < 0.3 else WORDS[option],
                bold=chosen and style in ("bold", "highlight"), highlight=chosen and style == "highlight",
                strike=not chosen and style == "struck")


def _columns(document, columns, grade: str, symbol: str) -> None:
    grid = table(document, 2, 4)
    for cell, (_, name) in zip(grid.rows[0].cells, columns):
        label(cell, name, "D9D9D9")
    for cell, (option, _) in zip(grid.rows[1].cells, columns):
        if option == grade:
            mark(cell, symbol)


def _form(rng: random.Random, index: int, sample, today: date, grade_style: str, drop_actions: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    reversed_key = rng.random() < 0.4
    symbol = rng.choice(MARKS)
    columns = rng.choice(GRADE_COLUMNS)  # the order the four grade columns are printed in
    numbered = rng.random() < 0.5  # "Part A" or "1."
    names = rng.choice(ENQUIRY_SETS)
    household = siblings(rng, sample.child, rng.choice((0, 1, 1, 2, 3)), today)
    nurse = rng.choice(NAMED_NURSES)
    nhs_number = f"999 {rng.randint(0, 999):03} {rng.randint(0, 9999):04}" if rng.random() < 0.6 else None
    old_names = [section.name for section in sample.sections]

    # The sample as this form shows it.
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for name, section in zip(names, sample.sections))}
    if rng.random() < 0.65:
        changes["case_id"] = case_reference(rng, sample.case_id)
    shows_team = rng.random() < 0.8
    shows_service = rng.random() < 0.7
    if not shows_team:
        changes["team"] = None
    if not shows_service:
        changes["service"] = None
    agency_style = rng.choice(("strip", "lines", "printed"))
    agencies = tuple(sample.own[0].written)
    # The council leads the audit and health is always at the table.
    if "Children's Social Care" not in agencies:
        agencies = ("Children's Social Care", *agencies)
    if not {"Health visiting", "Child and Adolescent Mental Health Services"} & set(agencies):
        agencies = (*agencies, "Health visiting")
    if agency_style == "printed":
        agencies = tuple(agency for agency in AGENCIES if agency in agencies)
    changes["own"] = (replace(sample.own[0], written=agencies, expected=list(agencies)), *sample.own[1:])
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if drop_actions:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = dict(zip(old_names, names))
    remarks = {}
    moderation_style = rng.choice(("box", "typed")) if moderation else rng.choice(("box", "note", "none"))
    if moderation and (moderation_style == "typed" or rng.random() < 0.5):
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}

    document = new_document(rng, landscape=agency_style == "strip" and len(agencies) > 4)
    header = document.sections[0].header.paragraphs[0]
    run(header, COUNCIL, bold=True, colour=brand)
    run(header, "  |  ")
    run(header, TRUST, bold=True, colour="005EB8")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"{PARTNERSHIP} – joint health and social care case audit, v{rng.choice(('1.2', '2.0', '3.1'))}"
                "   OFFICIAL-SENSITIVE when completed", size=8)
    title = rng.choice(("Health Partnership Audit", "Joint Health and Social Care Case Audit",
                        "HEALTH PARTNERSHIP CASE AUDIT", "Multi-agency Case Audit – Health Partnership Record"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Completed by the council's lead auditor with the trust's Named Nurse after the joint audit "
                        "meeting. Each agency reads its own records for the period reviewed before the meeting.",
              italic=True, size=9)

    def heading(number: int, text: str) -> None:
        brand_heading(document, f"{number}. {text}" if numbered else f"Part {'ABCDEFGH'[number - 1]} – {text}",
                      brand, size=12)

    # 1. The child.
    heading(1, "The child")
    details = [
        (rng.choice(("Child's name", "Name")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
    ]
    if nhs_number:
        details.append((rng.choice(("NHS number", "NHS No.")), nhs_number))
    details += [
        (rng.choice(("Case reference", "LCS ref", "CSC number")), sample.case_id),
        (rng.choice(("GP practice", "Registered GP")), rng.choice(GP_PRACTICES)),
        ("Parents / carers", " and ".join(child.parents)),
        (rng.choice(("Brothers and sisters at home", "Other children in the household")),
         "; ".join(f"{name}, {when(born)}" for name, born in household) or rng.choice(("None", "No other children"))),
        (rng.choice(("Plan at the time of the audit", "Current plan")), rng.choice(PLANS)),
    ]
    details_style = rng.choice(("pairs", "pairs", "tabbed"))
    _details(document, rng, details, details_style)

    # 2. The audit.
    heading(2, "The audit")
    started = sample.date - timedelta(days=365)
    audit = [
        (rng.choice(("Lead auditor", "Lead auditor (CSC)", "Audit lead – Children's Social Care")), sample.auditor),
        (rng.choice(("Named Nurse (health)", "Health representative – Named Nurse", "Named Nurse, Safeguarding "
                                                                                      "Children")), nurse),
        (rng.choice(("Date of joint audit meeting", "Audit meeting held", "Date of audit")), when(sample.date)),
        (rng.choice(("Allocated social worker", "Social worker")), sample.practitioner),
    ]
    if shows_team:
        audit.append((rng.choice(("Team", "SW team")), sample.team))
    if shows_service:
        audit.append((rng.choice(("Service", "Service area")), sample.service))
    audit.append(("Records reviewed", f"{started:%B %Y} to {sample.date:%B %Y}"))
    _details(document, rng, audit, details_style)
    _agencies(document, rng, agencies, agency_style)

    # 3. Lines of enquiry.
    heading(3, "Lines of enquiry")
    if grade_style == "key":
        paragraph(document, _key_line(reversed_key), italic=True, size=9)
    elif grade_style == "struck":
        paragraph(document, "Delete the judgements that do not apply.", italic=True, size=9)
    elif grade_style == "highlight":
        paragraph(document, "Highlight the judgement.", italic=True, size=9)
    prefix = rng.choice(("HoS: ", "HoS comment – ", "Head of Service: "))
    if grade_style == "columns" or rng.random() < 0.4:
        _enquiry_grid(document, rng, sample, grade_style, reversed_key, ids, (columns, symbol), remarks, prefix, ink)
    else:
        _enquiry_blocks(document, rng, sample, grade_style, reversed_key, ids, remarks, prefix, ink)

    # 4. Overall judgement.
    heading(4, "Overall judgement")
    overall = rng.choice(("Overall judgement of how well agencies worked together to keep the child safe",
                          "Overall multi-agency judgement", "Overall judgement (joint)"))
    if grade_style == "columns":
        paragraph(document, overall, bold=True)
        _columns(document, columns, sample.grade, symbol)
    else:
        box = table(document, 1, 2)
        label(box.cell(0, 0), overall, "F2F2F2")
        _grade_runs(rng, _fresh(box.cell(0, 1)), sample.grade, grade_style, reversed_key, ids)
    if rng.random() < 0.7:
        paragraph(document, rng.choice(("What the child and family told us", "The family's view")), bold=True)
        paragraph(document, rng.choice(FAMILY_VOICES).format(child=child.first_name))
    document.add_paragraph()

    # 5. Learning.
    heading(5, "Learning")
    headings = rng.choice((("Areas of good practice", "Areas where improvement is needed"),
                           ("What worked well between health and social care", "What needs to improve")))
    learning_style = rng.choice(("columns", "bullets", "numbered"))
    if learning_style == "columns":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), headings[0], "E2EFDA")
        label(grid.cell(0, 1), headings[1], "FCE4D6")
        for item in sample.strengths:
            write(grid.cell(1, 0), item)
        for item in sample.development_areas:
            write(grid.cell(1, 1), item)
    else:
        for text, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, text, bold=True, colour=brand)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if learning_style == "numbered" else f"\u2022 {item}")
    document.add_paragraph()

    # 6. Action plan.
    heading(6, "Multi-agency action plan")
    _actions(document, rng, sample.actions, when)

    # 7. Immediate safeguarding.
    heading(7, "Immediate safeguarding")
    _urgent(document, rng, sample)

    # 8. Sign-off and moderation.
    heading(8, "Sign-off")
    signed = table(document, 2, 3)
    for cell, text in zip(signed.rows[0].cells, ("", "Name", "Date")):
        label(cell, text, "F2F2F2")
    label(signed.cell(1, 0), "Lead auditor", "F2F2F2")
    write(signed.cell(1, 1), sample.auditor)
    write(signed.cell(1, 2), when(sample.date))
    if rng.random() < 0.6:
        nurse_row = signed.add_row()
        label(nurse_row.cells[0], "Named Nurse", "F2F2F2")
        write(nurse_row.cells[1], nurse)
        if rng.random() < 0.5:
            write(nurse_row.cells[2], when(sample.date))
    document.add_paragraph()
    _moderation(document, rng, sample, moderation_style, ink, when, brand)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    also = [when(child.date_of_birth), *(when(born) for _, born in household),
            *(born.isoformat() for _, born in household)]
    if nhs_number:
        also += [nhs_number, nhs_number.replace(" ", "")]
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=tuple(also))


def _details(document, rng: random.Random, rows, style: str) -> None:
    """Labels and values two pairs to a row, or as tabbed lines."""
    if style == "pairs":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[2 * (position % 2)], text, "DEEAF6")
            write(cells[2 * (position % 2) + 1], value)
    else:
        colon = rng.choice((":", ""))
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}{colon}\t", bold=True)
            run(line, value)
    document.add_paragraph()


def _agencies(document, rng: random.Random, agencies: tuple[str, ...], style: str) -> None:
    """The agencies taking part and who spoke for each."""
    title = rng.choice(("Agencies taking part and who spoke for them", "Agency representation at the audit"))
    paragraph(document, title, bold=True)
    if style == "strip":
        grid = table(document, 3, len(agencies) + 1)
        for row, text in enumerate(("Agency", "Spoke for the agency", "Own records read?")):
            label(grid.cell(row, 0), text, "DEEAF6")
        for position, agency in enumerate(agencies, start=1):
            write(grid.cell(0, position), agency, bold=True)
            write(grid.cell(1, position), rng.choice(SPOKE_FOR[agency]))
            write(grid.cell(2, position), rng.choice(("Yes", "Y", "Yes")))
    elif style == "lines":
        dash = rng.choice((" – ", ": ", " - "))
        for agency in agencies:
            paragraph(document, f"{agency}{dash}{rng.choice(SPOKE_FOR[agency])}")
    else:
        paragraph(document, "Partnership list: answer Y or N for every agency.", italic=True, size=9)
        grid = table(document, len(AGENCIES) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Agency", "Took part (Y/N)", "Represented by")):
            label(cell, text, "DEEAF6")
        for row, agency in zip(grid.rows[1:], AGENCIES):
            write(row.cells[0], agency)
            if agency in agencies:
                write(row.cells[1], "Y")
                write(row.cells[2], rng.choice(SPOKE_FOR[agency]))
            else:
                write(row.cells[1], "N")
    document.add_paragraph()


def _enquiry_blocks(document, rng: random.Random, sample, grade_style: str, reversed_key: bool, ids: ControlIds,
                    remarks: dict, prefix: str, ink: str) -> None:
    """A box per line of enquiry: the question, what the health records and
    the social care record showed, and the agreed judgement."""
    health = rng.sample(HEALTH_FINDINGS, len(sample.sections))
    health_label, care_label, judgement_label = rng.choice((
        ("Health records showed", "Social care record showed", "Agreed judgement"),
        ("Health findings", "CSC findings", "Judgement"),
        ("What the health records showed", "What the social care record showed", "Joint judgement")))
    for number, (section, prompt, found) in enumerate(zip(sample.sections, PROMPTS, health), start=1):
        box = table(document, 4, 2)
        top = box.cell(0, 0).merge(box.cell(0, 1))
        label(top, f"{number}. {section.name}", "DEEAF6")
        write(top, prompt, italic=True, size=8)
        label(box.cell(1, 0), health_label, "F2F2F2")
        write(box.cell(1, 1), found)
        label(box.cell(2, 0), care_label, "F2F2F2")
        write(box.cell(2, 1), section.comment)
        if section.name in remarks:
            write(box.cell(2, 1), f"{prefix}{remarks[section.name]}", colour=ink)
        label(box.cell(3, 0), judgement_label, "F2F2F2")
        _grade_runs(rng, _fresh(box.cell(3, 1)), section.grade, grade_style, reversed_key, ids, note_chance=0.2)
        document.add_paragraph().paragraph_format.space_after = Pt(2)


def _enquiry_grid(document, rng: random.Random, sample, grade_style: str, reversed_key: bool, ids: ControlIds,
                  marking: tuple, remarks: dict, prefix: str, ink: str) -> None:
    """All the lines of enquiry in one grid, judged in the last column or
    marked under four grade columns."""
    with_health = rng.random() < 0.5
    health = rng.sample(HEALTH_FINDINGS, len(sample.sections))
    columns, symbol = marking
    if grade_style == "columns":
        headers = ("Line of enquiry", "Findings", *(name for _, name in columns))
    else:
        columns = ()
        headers = ("Line of enquiry", "Findings", rng.choice(("Judgement", "Agreed judgement")))
    grid = table(document, len(sample.sections) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    for number, (row, section, found) in enumerate(zip(grid.rows[1:], sample.sections, health), start=1):
        write(row.cells[0], f"{number}. {section.name}", bold=True)
        if with_health:
            write(row.cells[1], f"Health: {found}")
            write(row.cells[1], f"CSC: {section.comment}")
        else:
            write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
        if columns:
            for cell, (grade, _) in zip(row.cells[2:], columns):
                if grade == section.grade:
                    mark(cell, symbol)
        else:
            _grade_runs(rng, _fresh(row.cells[2]), section.grade, grade_style, reversed_key, ids, note_chance=0.2)
    document.add_paragraph()


def _actions(document, rng: random.Random, actions, when) -> None:
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        document.add_paragraph()
        return
    if rng.random() < 0.6:
        headers = rng.choice((("Action", "Lead agency", "Named lead", "By when", "RAG"),
                              ("What needs to happen", "Agency", "Who", "Timescale", "Done?")))
        grid = table(document, len(actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E7E6E6")
        for row, action in zip(grid.rows[1:], actions):
            write(row.cells[0], action.action)
            write(row.cells[1], "CSC")
            write(row.cells[2], action.owner)
            write(row.cells[3], when(action.due))
    else:
        for number, action in enumerate(actions, start=1):
            line = paragraph(document)
            run(line, f"{number}. {action.action}")
            run(line, f"  Lead: {action.owner} (CSC).  By: {when(action.due)}", italic=True)
    document.add_paragraph()


def _urgent(document, rng: random.Random, sample) -> None:
    question = rng.choice(("Did the audit find any child at immediate risk of significant harm that had not been "
                           "acted on?", "Immediate safeguarding concern identified during the audit?"))
    box = table(document, 2, 2)
    label(box.cell(0, 0), question, "F2F2F2")
    style = rng.choice(("boxes", "struck", "typed"))
    line = _fresh(box.cell(0, 1))
    if style == "boxes":
        yes, no = ("\u2612", "\u2610") if sample.urgent_concern else ("\u2610", "\u2612")
        run(line, f"{yes} Yes    {no} No")
    elif style == "struck":
        run(line, "Yes", strike=not sample.urgent_concern, bold=sample.urgent_concern)
        run(line, " / ")
        run(line, "No", strike=sample.urgent_concern, bold=not sample.urgent_concern)
    else:
        run(line, "YES – see below" if sample.urgent_concern else rng.choice(("No", "No.", "NO")))
    label(box.cell(1, 0), rng.choice(("If yes: what was done, and who was told", "Action taken")), "F2F2F2")
    if sample.urgent_concern_detail:
        write(box.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()


def _moderation(document, rng: random.Random, sample, style: str, ink: str, when, brand: str) -> None:
    moderation = sample.moderation
    if style == "none":
        return
    title = rng.choice(("Head of Service moderation", "Moderation (Head of Service)"))
    brand_heading(document, title, brand, size=12)
    if style == "typed":
        paragraph(document, f"Moderated by {moderation.moderator}, {when(moderation.date)}", colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade == sample.grade:
            paragraph(document, f"I agree with the judgement: {informal_grade(rng, moderation.grade)}.", colour=ink)
        elif moderation.grade:
            paragraph(document, f"Moderated judgement: {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
        return
    box = table(document, 5, 2)
    labels = ("Moderated by", "Date", "Outcome", "Moderated judgement", "Comments")
    for row, text in zip(box.rows, labels):
        label(row.cells[0], text, "F2F2F2")
    options = ("Judgement confirmed", "Judgement changed", "Comments only")
    if moderation is None:
        write(box.cell(2, 1), "    ".join(f"\u2610 {option}" for option in options))
        note = rng.choice(NOT_MODERATED) if style == "note" else ""
        if note:
            write(box.cell(4, 1), note, italic=True)
        return
    write(box.cell(0, 1), moderation.moderator, colour=ink)
    write(box.cell(1, 1), when(moderation.date), colour=ink)
    chosen = ("Comments only" if moderation.grade is None else
              "Judgement confirmed" if moderation.grade == sample.grade else "Judgement changed")
    line = _fresh(box.cell(2, 1))
    for position, option in enumerate(options):
        if position:
            run(line, "    ")
        run(line, f"{chr(0x2612) if option == chosen else chr(0x2610)} {option}",
            colour=ink if option == chosen else None)
    if moderation.grade:
        write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
    for comment in moderation.comments:
        write(box.cell(4, 1), comment, colour=ink)
