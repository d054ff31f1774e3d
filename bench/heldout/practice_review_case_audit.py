"""Practice review case audit: a Team Manager's (or a senior manager's)
monthly audit of one child's case file, on a council tool rewritten around
the learning the national Child Safeguarding Practice Review Panel keeps
finding in serious case reviews. The auditor records the child and the
audit, everyone in the child's household and network (brothers and
sisters, parents and, on some files, a mother's partner or other male
carer), grades each numbered area of practice with its evidence and the
national learning theme it tests, on some files answers a short "lessons
from national reviews" check, gives the overall grade (on some files in an
"audit at a glance" box on the first page), writes what the child and the
family said, what is working well and what the auditor is worried about in
the practice, the actions and the same-day safety question, and leaves a
box for the Head of Service's moderation.

Modelled on what was read of the Child Safeguarding Practice Review Panel's
national reviews and annual reports (no family had used the Panel yet):

- "Child Protection in England", the Panel's national review after the
  murders of Arthur Labinjo-Hughes and Star Hobson (26 May 2022), as read
  in the RCPCH's response (rcpch.ac.uk), Family Law Week
  (familylawweek.co.uk) and ITV News (itv.com, 25 May 2022): three areas of
  concern – weaknesses in information sharing; a lack of robust assessment
  in assessing complexity, engaging reluctant parents, understanding the
  daily lives of children and domestic abuse; and the need for leaders to
  enable better child protection practice; Family Law Week lists
  weaknesses in information sharing and seeking within and between
  agencies, a lack of robust critical thinking and challenge, compounded by
  statutory processes not being triggered at key moments, and a need for
  sharper specialist child protection skills; ITV reports that concerns
  raised by wider family members were too often disregarded and that
  professionals failed to identify a pattern of parental disengagement and
  avoidant behaviour; the recommendations include National Multi-Agency
  Practice Standards for Child Protection;
- "The Myth of Invisible Men: safeguarding children under 1 from
  non-accidental injury caused by male carers" (September 2021; its
  contents page on readkong.com and dokumen.tips, the Fatherhood
  Institute's summary, the RCGP safeguarding toolkit's "Unseen men" page
  and a Barnsley news report, wearebarnsley.com): the role men play in a
  child's life, their history of parenting and their own childhood are
  too often overlooked by services, and universal services such as
  midwifery and health visiting do not regularly involve fathers; the
  engagement of fathers should be built into programmes such as Family
  Hubs;
- the Panel's fourth annual report as summarised by Newcastle
  Safeguarding Children Partnership (newcastlesafeguarding.org.uk): key
  themes include effective leadership and culture supporting critical
  thinking, central consideration of racial, ethnic and cultural identity
  and its impact on the lived experience of children and families, a
  whole family approach to risk assessment and support, the vulnerability
  of babies, domestic abuse and harm to children, and risks outside the
  family;
- the 2023 to 2024 annual report as summarised by Safeguarding
  Bedfordshire (safeguardingbedfordshire.org.uk): it is about the
  challenging work of finding out what is happening to children,
  anticipating risks of harm and knowing when decisive action is needed,
  based on 330 serious incidents and 82 local reviews, with spotlight
  themes of children's mental health, pre-school children with parents
  with mental health needs, and extrafamilial harm;
- the Panel's newsletter on its Annual Report 2020
  (us10.campaign-archive.com): stubborn practice challenges such as
  information sharing and risk assessment, six cross-cutting practice
  themes (their names were not read, so none is printed) and reflective
  questions for local leaders.

None of these shows an audit form, and no audit form from the Panel was
found, so the layout is our own judgement: a council's case file audit
whose areas of practice are renamed in our own words after the themes read
above, each tagged with the theme it tests (in a column, a card row, a line
under its heading or under the area's name); details as a two-column
table, a strip of labels over values, or one boxed block of lines (plain,
prefixed or Early Help references; team left off three files, service on
about half; on some a period of the record reviewed); a household and
network table; on about half the files a Yes / Partly / No / N/A check of
six questions we wrote from the learning (not graded); grades typed
informally, a number on a printed 1-4 key (either way up), the chosen word
emboldened or highlighted among the four, the others struck through, a
mark under four grade columns or a Word drop-down; the overall grade the
same way, after the areas or in a first-page "at a glance" box; what the
child and family said and, where the sample asks it, whether their views
were sought for the audit; working well / worried about as two columns,
bullets or numbers; actions as a table, numbered lines or a "no actions"
sentence (two files); the same-day safety question typed, as boxes or with
the wrong answer struck through (three yes); seven date spellings; the Head
of Service's moderation typed in a non-red ink, as a bordered box, a
three-column strip table or lines under the overall grade, with remarks beside
some areas (two changing the grade, two confirming it, one comments only),
or an empty box, an "awaiting" note or nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
from bot.samples.people import ADULT_FIRST_NAMES, FAMILY_SURNAMES, head_of_service_over
from bot.samples.phrases import MODERATION_AGREES, MODERATION_SECTION_REMARKS, URGENT_CONCERNS, fill

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
    council_line,
    date_writer,
    early_help_reference,
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

FAMILY = "practice_review_case_audit"
SEED = 10009

# The national learning themes the areas are tagged with, in our words
# after what was read of the Panel's reviews and reports.
THEMES = {
    "daily": "Understanding the child's daily life",
    "info": "Information sharing and seeking",
    "critical": "Critical thinking and challenge",
    "reluctant": "Engaging reluctant or avoidant parents",
    "men": "Seeing fathers and male carers",
    "relatives": "Concerns raised by wider family",
    "whole": "A whole family approach to risk",
    "leadership": "Leadership and culture",
    "domestic": "Domestic abuse and harm to children",
    "identity": "Identity, culture and lived experience",
    "pattern": "Patterns of disengagement and avoidance",
    "decisive": "Knowing when decisive action is needed",
}

# The council's areas of practice, in the order of the sample's areas
# (bot/samples/phrases.py TOOL_SECTIONS): sample name -> (printed name,
# theme, the question printed for the auditor).
AREAS = {
    "Full Case File Audit Tool": {
        "Voice of the child": ("The child's daily lived experience", "daily",
                               "Could you describe a day in this child's life from the record?"),
        "Assessment": ("Assessment of the whole family, including fathers and male carers", "men",
                       "Are all the adults around the child known, seen and assessed?"),
        "Planning": ("Planning that responds to changing risk", "whole",
                     "Has the plan changed when the risks changed?"),
        "Management oversight and supervision": ("Management oversight, critical thinking and challenge", "critical",
                                                 "Is the family's account tested, and is the manager's thinking "
                                                 "recorded?"),
        "Multi-agency working": ("Seeking and sharing information with partners", "info",
                                 "Did we ask partners what they know, and tell them what we know?"),
        "Chronology and case recording": ("Chronology, history and recording", "pattern",
                                          "Does the chronology show patterns, such as missed visits?"),
        "Impact and outcomes for the child": ("Impact: is the child safer and better off?", "decisive",
                                              "Was decisive action taken when it was needed?"),
    },
    "Case Review Audit Tool 2025": {
        "Working with, not doing to": ("Working with the family, including parents who are reluctant to engage",
                                       "reluctant", "How did the worker respond when the family kept them at "
                                       "arm's length?"),
        "Respectful language": ("Respectful recording that reflects the family's identity", "identity",
                                "Does the record show the family's culture, faith and language?"),
        "Effective leadership and management oversight": ("Leadership, management oversight and challenge",
                                                          "leadership", "Does oversight give direction and "
                                                          "test the worker's thinking?"),
        "Voice of the child": ("The child's voice and daily lived experience", "daily",
                               "Has the child been seen alone, and is their daily life understood?"),
        "Engaging with children and families": ("Engaging fathers, male carers and the wider family", "men",
                                                "Who are the men in this child's life, and have we met them?"),
        "History and networks": ("Family history and concerns raised by relatives", "relatives",
                                 "Were worries from grandparents, aunts or others followed up?"),
        "Assessments and plans": ("Assessment and plan, including the impact of domestic abuse", "domestic",
                                  "Is the impact of any domestic abuse on the child assessed?"),
    },
    "Early Help Case File Audit Tool": {
        "Voice of the child": ("The child's daily life and what they say", "daily",
                               "What is it like to be this child at home and at school?"),
        "Early Help Assessment": ("Whole family assessment", "whole",
                                  "Does the assessment cover every adult and child in the household?"),
        "Team Around the Family plan": ("Family plan and information sharing in the Team Around the Family", "info",
                                        "Do partners in the TAF share what they know?"),
        "Engagement with the family": ("Engaging every parent and carer, including fathers", "men",
                                       "Have fathers and partners been invited and involved?"),
        "Management oversight": ("Management oversight and reflective challenge", "critical",
                                 "Is the manager's challenge and direction recorded?"),
        "Impact and outcomes for the child": ("Difference made and knowing when to step up", "decisive",
                                              "Is the child better off, and was step-up considered when needed?"),
    },
}

# The "lessons from national reviews" check (not graded), our wording.
LESSONS = (
    "Is it clear what daily life is like for this child?",
    "Are all the adults in the child's life known, including fathers and male carers?",
    "Has information been sought from partners as well as shared with them?",
    "Is there evidence of professional curiosity and challenge of the family's account?",
    "Were concerns raised by wider family members taken seriously and followed up?",
    "Where there is domestic abuse, has its impact on the child been assessed?",
)

WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
# How each file writes its grades; "columns" is a mark under four grade columns.
STYLES = ("informal",) * 3 + ("columns",) * 3 + ("key", "key", "bold", "bold", "highlight", "highlight",
                                                   "strike", "strike", "dropdown", "dropdown")
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director of Children's Services", "early_help_manager": "Early Help Team Manager"}
# Men's first names from the sample builder's pool of adults (none is a staff
# name or a word of the form).
MALE_FIRST_NAMES = tuple(name for name in ADULT_FIRST_NAMES
                         if name in {"Darren", "Wayne", "Samuel", "Craig", "Tomasz", "Dean", "Kwame", "Carl", "Tariq"})
MALE_ROLES = ("Mother's partner", "Stepfather", "Mum's partner (not living at the address)",
              "Male carer – visits most days")
CHILD_SAID = (
    "{child} told the worker that mornings are \"the worst bit\" because there is shouting before school.",
    "{child} said they like it when their worker comes on a Tuesday because they play games and talk.",
    "{child} drew a picture of home with everyone in it and said they feel safe in their bedroom.",
    "{child} said nobody had explained why their worker visits, and they would like to know.",
    "{child} does not use words; their school describes them as settled and happier since the summer.",
)
FAMILY_SAID = (
    "{parent} said this is the first time a worker has \"actually listened\".",
    "{parent} said they did not know who to ring when the worker was off and felt let down.",
    "{parent} said the family meeting helped, and would like their own mum to come to the next one.",
    "{parent} has not been asked what they think of the help; the worker will do this at the next visit.",
)
MALE_NOTES = (
    " {name} has not been seen or spoken to by any agency.",
    " {name} was included in the assessment and his history was checked with the police.",
    " {name} is mentioned in school records but not in the assessment.",
)
URGENT_QUESTIONS = (
    "Did the audit find anything that means the child may not be safe today?",
    "Is there an immediate safeguarding concern that has been escalated to the Head of Service?",
    "Immediate risk to the child identified during the audit?",
)
FEEDBACK_QUESTIONS = (
    "Were the child's and family's views sought as part of this audit?",
    "Did you speak to the child and the family about their experience of our help, for this audit?",
)
NO_ACTIONS = ("No actions arising from this audit – the plan already addresses what was found.",
              "No case-specific actions. Findings discussed with the worker in supervision.",
              "None required.")
NOT_MODERATED = ("Awaiting moderation by the Head of Service.", "Not moderated this month.", "")
CONFIRMS = ("I agree with the overall grade of {grade}.", "Grade confirmed – {grade}.",
            "Agree: {grade}.")
CHANGES = ("Moderated grade: {grade}.", "I have moderated the overall grade to {grade}.",
           "Grade changed to {grade} following moderation.")
COMMENTS_ONLY = ("Comments only – the auditor's grade stands.", "No change to the grade; comments only.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(count * 2, seed=SEED, today=today, feedback_question=True)
    chosen = [sample for sample in pool if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)][:count]
    styles = list(STYLES)
    while len(styles) < len(chosen):
        styles.append(rng.choice(STYLES))
    rng.shuffle(styles)
    # Three files answer the safety question yes: those the samples have,
    # then the lowest graded.
    urgent = {index for index, sample in enumerate(chosen) if sample.urgent_concern}
    for index in sorted(range(len(chosen)), key=lambda i: ORDER.index(chosen[i].grade), reverse=True):
        if len(urgent) >= 3:
            break
        urgent.add(index)
    # One more moderation confirming the grade, where a Head of Service is
    # over the auditor.
    free = [index for index, sample in enumerate(chosen)
            if not sample.moderation and _moderator(sample.auditor) and index not in urgent]
    confirm = rng.choice(free) if free else None
    with_actions = [index for index, sample in enumerate(chosen)
                    if sample.actions and index not in urgent and sample.grade in (OUTSTANDING, GOOD)]
    no_actions = set(rng.sample(with_actions, min(2, len(with_actions))))
    blank_team = set(rng.sample(range(len(chosen)), min(3, len(chosen))))
    return [_form(rng, index, sample, today, styles[index], urgent=index in urgent, confirm=index == confirm,
                  no_actions=index in no_actions, blank_team=index in blank_team)
            for index, sample in enumerate(chosen)]


def _member(name: str):
    return next((person for person in STAFF if person.name == name), None)


def _moderator(auditor: str) -> str | None:
    member = _member(auditor)
    if member is None or member.role not in ("practice_manager", "safeguarding_practice_manager",
                                             "early_help_manager"):
        return None
    head = head_of_service_over(member)
    return head.name if head else None


def _role(name: str) -> str:
    member = _member(name)
    return ROLES.get(member.role, "") if member else ""


def _confirming(rng: random.Random, sample, today: date) -> Moderation:
    remarked = rng.sample(list(sample.sections), rng.randint(1, 2))
    return Moderation(
        moderator=_moderator(sample.auditor),
        date=min(today, sample.date + timedelta(days=rng.randint(3, 10))),
        comments=(fill(rng.choice(MODERATION_AGREES), sample.child.first_name),),
        section_comments={section.name: rng.choice(MODERATION_SECTION_REMARKS) for section in remarked},
        grade=sample.grade,
    )


def _key_number(grade: str, best_first: bool) -> int:
    index = ORDER.index(grade)
    return index + 1 if best_first else 4 - index


def _grade(rng: random.Random, line, grade: str, style: str, *, best_first: bool, ids: ControlIds) -> None:
    """Write `grade` into the paragraph `line` in the file's style."""
    if style in ("informal", "columns"):
        run(line, informal_grade(rng, grade, note_chance=0.15))
    elif style == "key":
        number = _key_number(grade, best_first)
        run(line, str(number) if rng.random() < 0.6 else f"{number} ({informal_grade(rng, grade)})")
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Grade")
    else:
        for number, option in enumerate(ORDER):
            if number:
                run(line, " / " if style != "strike" else "   ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style == "bold",
                highlight=chosen and style == "highlight", strike=not chosen and style == "strike")


def _print_key(document, rng: random.Random, best_first: bool, brand: str) -> None:
    numbers = sorted((_key_number(option, best_first), WORDS[option]) for option in ORDER)
    if rng.random() < 0.5:
        paragraph(document, rng.choice(("Grading key", "Key to grades")), bold=True, size=9)
        key = table(document, 2, 4)
        for column, (number, word) in enumerate(numbers):
            label(key.cell(0, column), str(number), "D9D9D9")
            write(key.cell(1, column), word)
    else:
        paragraph(document, "Grade using the key: " + ",  ".join(f"{number} – {word}" for number, word in numbers),
                  bold=True, colour=brand)


def _box_border(grid, colour: str, size: str = "12") -> None:
    """A coloured outside border round a table, as a box drawn round a part."""
    properties = grid._tbl.tblPr
    borders = sub(properties, "w:tblBorders")
    later = next((child for child in properties if child.tag in {qn("w:shd"), qn("w:tblLayout"),
                                                                qn("w:tblCellMar"), qn("w:tblLook")}), None)
    if later is not None:
        later.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": size, "w:space": "0", "w:color": colour})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "A6A6A6"})


def _yes_no(rng: random.Random, line, answer: bool, how: str, *, below: bool = False) -> None:
    """Answer yes or no in `line`: typed, as boxes, or the wrong answer struck
    through; `below` says details follow, so a typed yes may point to them."""
    if how == "boxes":
        run(line, f"{CHECKED_BOX if answer else UNCHECKED_BOX} Yes   {UNCHECKED_BOX if answer else CHECKED_BOX} No")
    elif how == "struck":
        run(line, "Yes", strike=not answer)
        run(line, " / ")
        run(line, "No", strike=answer)
    else:
        yes = ("Yes", "YES – see below") if below else ("Yes", "YES")
        run(line, rng.choice(yes) if answer else rng.choice(("No", "No.", "NO")))


def _lesson_answer(rng: random.Random, number: int, lower: bool, male: bool) -> str:
    """An answer to the lesson numbered `number` (from 0) of LESSONS."""
    if number in (4, 5) and rng.random() < 0.4:
        return "N/A"
    if number == 1 and male and lower:
        return rng.choice(("Partly", "No"))
    return rng.choices(("Yes", "Partly", "No"), weights=(2, 5, 3) if lower else (8, 3, 0.4))[0]


def _form(rng: random.Random, index: int, sample, today: date, style: str, *, urgent: bool, confirm: bool,
          no_actions: bool, blank_team: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    best_first = rng.random() < 0.6
    early_help = sample.kind == EARLY_HELP_AUDIT
    child = sample.child
    first = child.first_name
    shape = "columns" if style == "columns" else rng.choice(("matrix", "cards", "headings"))
    glance = style != "columns" and rng.random() < 0.4

    # The family's other members: brothers and sisters, and on some files a
    # mother's partner or male carer.
    household = siblings(rng, child, rng.randint(0, 3), today)
    male = None
    if rng.random() < 0.45:
        parents = {name.split()[0] for name in child.parents}
        taken = {child.surname, *(name.split()[-1] for name in child.parents)}
        male = (f"{rng.choice([n for n in MALE_FIRST_NAMES if n not in parents])} "
                f"{rng.choice([n for n in FAMILY_SURNAMES if n not in taken])}", rng.choice(MALE_ROLES))

    # The areas as this council names them, with their themes.
    areas = AREAS[sample.title]
    renamed = {}
    printed = []
    for section in sample.sections:
        name, theme, question = areas[section.name]
        renamed[section.name] = name
        printed.append((theme, question, Section(name, section.grade, section.comment)))
    if household and rng.random() < 0.6:
        spot = rng.randrange(len(printed))
        theme, question, section = printed[spot]
        note = " " + mention(rng, SIBLING_SENTENCES, household[0][0])
        printed[spot] = (theme, question, replace(section, comment=section.comment + note))
    if male:
        spot = next((i for i, item in enumerate(printed) if item[0] == "men"), None)
        if spot is not None and rng.random() < 0.8:
            theme, question, section = printed[spot]
            note = rng.choice(MALE_NOTES).format(name=male[0].split()[0])
            printed[spot] = (theme, question, replace(section, comment=section.comment + note))

    changes: dict = {"sections": tuple(item[2] for item in printed)}
    if early_help and rng.random() < 0.6:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif not early_help and rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if blank_team:
        changes["team"] = None
    if rng.random() < 0.5:
        changes["service"] = None
    if urgent and not sample.urgent_concern:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(rng.choice(URGENT_CONCERNS), first)
    if no_actions:
        changes["actions"] = ()
    if confirm:
        changes["moderation"] = _confirming(rng, sample, today)
    sample = replace(sample, **changes)
    moderation = sample.moderation
    remarks = ({renamed.get(old, old): text for old, text in moderation.section_comments.items()}
               if moderation else {})
    lower = ORDER.index(sample.grade) >= 2
    others = [name for name, _ in household] + ([male[0]] if male else [])

    document = new_document(rng, landscape=shape in ("columns", "matrix") and rng.random() < 0.5)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, rng.choice(("\tOFFICIAL – SENSITIVE", "\tOfficial-Sensitive (personal data)", "")))
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("Practice review case audit v2.1", "Case audit – learning from national reviews (2025)",
                            "QA audit tool – do not email outside the secure network")), size=8)
    if early_help:
        title = rng.choice(("Early Help Case Audit – Learning from Practice Reviews",
                            "Early Help Practice Review Audit"))
    else:
        title = rng.choice(("Case File Audit – Learning from Safeguarding Practice Reviews",
                            "Practice Review Case Audit Tool",
                            "Case Audit: National Review Learning into Local Practice"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "National and local child safeguarding practice reviews keep finding the same things: children's daily "
        "lives not understood, information not shared, men in the household unseen, and too little challenge. "
        "This audit asks whether our record for this child shows we have learnt from them.",
        "Read the whole record for the last six months. For each area of practice give your evidence and a grade, "
        "then talk the findings through with the worker.",
        "Auditing manager: complete every part and return to the QA team. Heads of Service moderate in a "
        "different colour.")), italic=True, size=9)

    # Part 1: the child and the audit.
    part = iter(range(1, 20))
    brand_heading(document, f"{next(part)}. " + rng.choice(("The child and the audit", "Audit details",
                                                            "About this audit")), brand)
    auditor_text = sample.auditor
    if _role(sample.auditor) and rng.random() < 0.5:
        auditor_text += f", {_role(sample.auditor)}"
    details = [
        (rng.choice(("Child's name", "Name of child", "Child")), child.full_name),
        (rng.choice(("Date of birth", "D.O.B.")), when(child.date_of_birth)),
        (rng.choice(("Case number", "Reference", "Child's ID")), sample.case_id),
        (rng.choice(("Lead practitioner", "Early Help worker")) if early_help else
         rng.choice(("Allocated social worker", "Social worker", "Worker")), sample.practitioner),
    ]
    if sample.team:
        details.append((rng.choice(("Team", "Team name")), sample.team))
    if sample.service:
        details.append(("Service", sample.service))
    details += [
        (rng.choice(("Auditing manager", "Auditor", "Audit completed by")), auditor_text),
        (rng.choice(("Date of audit", "Date audit completed")), when(sample.date)),
    ]
    if rng.random() < 0.4:
        details.append((rng.choice(("Period of record reviewed", "Record reviewed from")),
                        f"{when(sample.date - timedelta(days=rng.choice((90, 180, 183))))} to {when(sample.date)}"))
    panel = rng.choice(("two", "strip", "block"))
    if panel == "two":
        grid = table(document, len(details), 2)
        for row, (name, value) in zip(grid.rows, details):
            label(row.cells[0], name, "EDEDED")
            write(row.cells[1], value)
    elif panel == "strip":
        half = (len(details) + 1) // 2
        for chunk in (details[:half], details[half:]):
            grid = table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(0, column), name, "EDEDED")
                write(grid.cell(1, column), value)
            document.add_paragraph()
    else:
        box = table(document, 1, 1)
        _box_border(box, brand)
        for name, value in details:
            line = write(box.cell(0, 0), f"{name}:  ", bold=True)
            run(line, value)
    document.add_paragraph()

    # Part 2: the household and network.
    brand_heading(document, f"{next(part)}. " + rng.choice((
        "Who is in the child's household and network?", "Household and significant adults",
        "The family")), brand)
    people = [(name, rng.choice(("Parent", "Parent / carer", "Parent (holds PR)"))) for name in child.parents]
    people += [(name, f"Sibling, aged {max(0, (today - born).days // 365)}") for name, born in household]
    if male:
        people.append(male)
    seen_column = rng.random() < 0.6
    heads = ["Name", rng.choice(("Relationship to the child", "Relationship"))]
    if seen_column:
        heads.append(rng.choice(("Seen in the period?", "Spoken to?")))
    grid = table(document, len(people) + 1, len(heads))
    for cell, text in zip(grid.rows[0].cells, heads):
        label(cell, text, "D9D9D9")
    for row, (name, relation) in zip(grid.rows[1:], people):
        write(row.cells[0], name)
        write(row.cells[1], relation)
        if seen_column:
            write(row.cells[2], rng.choices(("Yes", "No", "Once"), weights=(6, 2, 2) if not lower else (3, 4, 3))[0])
    document.add_paragraph()

    # An "at a glance" box on the first page: the overall grade and the
    # safety question.
    safety_asked = False
    if glance:
        brand_heading(document, rng.choice(("Audit at a glance", "Summary of this audit")), brand)
        box = table(document, 3, 2)
        _box_border(box, brand, "18")
        label(box.cell(0, 0), rng.choice(("Overall grade", "Overall judgement")), "FFF2CC")
        _grade(rng, box.cell(0, 1).paragraphs[0], sample.grade, style, best_first=best_first, ids=ids)
        label(box.cell(1, 0), rng.choice(URGENT_QUESTIONS), "FFF2CC")
        _yes_no(rng, box.cell(1, 1).paragraphs[0], sample.urgent_concern, rng.choice(("words", "boxes", "struck")),
                below=True)
        if sample.urgent_concern:
            write(box.cell(1, 1), sample.urgent_concern_detail)
        safety_asked = True
        label(box.cell(2, 0), rng.choice(("Head of Service moderation", "Moderated?")), "FFF2CC")
        write(box.cell(2, 1), rng.choice(("Yes – see the last part", "Moderated – see below")) if moderation
              else rng.choice(("Awaiting", "Not yet", "")))
        if style == "key":
            _print_key(document, rng, best_first, brand)
        document.add_paragraph()

    # The areas of practice.
    brand_heading(document, f"{next(part)}. " + rng.choice((
        "Areas of practice", "Quality of practice – what does the record show?",
        "Areas of practice and national learning")), brand)
    if style == "key" and not glance:
        _print_key(document, rng, best_first, brand)
    elif style in ("bold", "highlight", "strike"):
        paragraph(document, {"bold": "Put your grade in bold.", "highlight": "Highlight the grade that applies.",
                             "strike": "Delete (strike through) the grades that do not apply."}[style],
                  italic=True, size=8)
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    with_questions = rng.random() < 0.6
    theme_fill = rng.choice(("DEEAF6", "E2EFD9", "FFF2CC", "F2F2F2"))
    if shape == "columns":
        heads = ["", rng.choice(("Area of practice", "Area")), rng.choice(("Evidence", "What the record shows"))]
        heads += [text for _, text in columns]
        body = table(document, len(printed) + 1, len(heads))
        for cell, text in zip(body.rows[0].cells, heads):
            label(cell, text, "BFBFBF")
        for number, (row, (theme, question, section)) in enumerate(zip(body.rows[1:], printed), start=1):
            cells = row.cells
            write(cells[0], str(number))
            write(cells[1], section.name, bold=True)
            write(cells[1], f"Learning theme: {THEMES[theme]}" + (f" – {question}" if with_questions else ""),
                  italic=True, size=8)
            write(cells[2], section.comment)
            if section.name in remarks:
                write(cells[2], f"HoS: {remarks[section.name]}", colour=ink)
            for column, (grade, _) in enumerate(columns, start=3):
                if grade == section.grade:
                    mark(cells[column], symbol)
    elif shape == "matrix":
        heads = ("No.", rng.choice(("Area of practice", "Practice area")),
                 rng.choice(("National learning theme", "Learning from reviews")),
                 rng.choice(("Evidence", "Auditor's evidence")), rng.choice(("Grade", "Judgement")))
        body = table(document, len(printed) + 1, len(heads))
        for cell, text in zip(body.rows[0].cells, heads):
            label(cell, text, "BFBFBF")
        for number, (row, (theme, question, section)) in enumerate(zip(body.rows[1:], printed), start=1):
            cells = row.cells
            write(cells[0], f"{number}.")
            write(cells[1], section.name, bold=True)
            if with_questions:
                write(cells[1], question, italic=True, size=8)
            write(cells[2], THEMES[theme])
            shade(cells[2]._tc, theme_fill)
            write(cells[3], section.comment)
            if section.name in remarks:
                write(cells[3], f"Head of Service: {remarks[section.name]}", colour=ink)
            _grade(rng, cells[4].paragraphs[0], section.grade, style, best_first=best_first, ids=ids)
    elif shape == "cards":
        for number, (theme, question, section) in enumerate(printed, start=1):
            card = table(document, 4, 2)
            heading = card.cell(0, 0).merge(card.cell(0, 1))
            write(heading, f"{number}. {section.name}", bold=True, colour=brand)
            shade(heading._tc, theme_fill)
            label(card.cell(1, 0), rng.choice(("Learning theme", "Why we ask")))
            write(card.cell(1, 1), THEMES[theme] + (f" – {question}" if with_questions else ""), italic=True)
            label(card.cell(2, 0), "Evidence")
            write(card.cell(2, 1), section.comment)
            if section.name in remarks:
                write(card.cell(2, 1), f"HoS comment: {remarks[section.name]}", colour=ink)
            label(card.cell(3, 0), rng.choice(("Grade", "Judgement")))
            _grade(rng, card.cell(3, 1).paragraphs[0], section.grade, style, best_first=best_first, ids=ids)
            document.add_paragraph()
    else:
        for number, (theme, question, section) in enumerate(printed, start=1):
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, f"National learning: {THEMES[theme]}" + (f". {question}" if with_questions else ""),
                      italic=True, size=8, colour="595959")
            paragraph(document, section.comment)
            if section.name in remarks:
                paragraph(document, f"HoS: {remarks[section.name]}", colour=ink)
            line = paragraph(document, rng.choice(("Grade: ", "Grade for this area: ")), bold=True)
            _grade(rng, line, section.grade, style, best_first=best_first, ids=ids)
    document.add_paragraph()

    # The lessons check, on about half the files.
    if rng.random() < 0.5:
        brand_heading(document, f"{next(part)}. " + rng.choice((
            "Lessons from national reviews – does the record show them?", "Learning check")), brand)
        check = table(document, len(LESSONS) + 1, 2)
        label(check.cell(0, 0), "Question", "D9D9D9")
        label(check.cell(0, 1), "Yes / Partly / No / N/A", "D9D9D9")
        for number, (row, question) in enumerate(zip(check.rows[1:], LESSONS)):
            write(row.cells[0], question)
            write(row.cells[1], _lesson_answer(rng, number, lower, bool(male)))
        document.add_paragraph()

    # The overall grade, where the glance box did not give it.
    shape_moderation = rng.choice(("box", "strip", "lines"))
    if not glance:
        overall_label = rng.choice(("Overall grade", "Overall grade for the case", "Auditor's overall judgement"))
        if shape == "columns":
            paragraph(document, overall_label, bold=True)
            strip = table(document, 2, 4)
            for cell, (_, text) in zip(strip.rows[0].cells, columns):
                label(cell, text, "BFBFBF")
            for cell, (grade, _) in zip(strip.rows[1].cells, columns):
                if grade == sample.grade:
                    mark(cell, symbol)
        else:
            line = paragraph(document, overall_label + ":  ", bold=True)
            _grade(rng, line, sample.grade, style, best_first=best_first, ids=ids)
        if moderation and shape_moderation == "lines":
            _moderation_lines(document, rng, sample, moderation, ink, when)
        document.add_paragraph()

    # What the child and family said.
    views_headings = ["What the record says about the child's and family's views",
                      f"{first}'s views and the family's views (from the record)"]
    if sample.feedback_sought is not False:
        views_headings += ["What the child and family told us", "Voice of the child and family"]
    brand_heading(document, f"{next(part)}. " + rng.choice(views_headings), brand)
    said = table(document, 2, 2)
    label(said.cell(0, 0), rng.choice(("The child", "Child / young person")), "F2F2F2")
    write(said.cell(0, 1), rng.choice(CHILD_SAID).format(child=first))
    label(said.cell(1, 0), rng.choice(("Parents / carers", "The family")), "F2F2F2")
    # "not asked" would contradict a form that says their views were sought.
    family_said = FAMILY_SAID[:-1] if sample.feedback_sought else FAMILY_SAID
    write(said.cell(1, 1), rng.choice(family_said).format(parent=child.parents[0].split()[0]))
    if sample.feedback_sought is not None:
        asked = paragraph(document, rng.choice(FEEDBACK_QUESTIONS) + "  ", bold=True)
        _yes_no(rng, asked, sample.feedback_sought, rng.choice(("words", "boxes", "struck")))
    document.add_paragraph()

    # Working well and worries.
    headings = rng.choice((("What is working well?", "What are we worried about in the practice?"),
                           ("Strengths", "Areas for development"),
                           ("Good practice found", "What needs to improve")))
    summary = rng.choice(("columns", "bullets", "numbers"))
    brand_heading(document, f"{next(part)}. " + rng.choice(("Findings", "Strengths and areas for development")),
                  brand)
    if summary == "columns":
        pair = table(document, 2, 2)
        label(pair.cell(0, 0), headings[0], "E2EFD9")
        label(pair.cell(0, 1), headings[1], "FCE4D6")
        for item in sample.strengths:
            write(pair.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(pair.cell(1, 1), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"\u2022 {item}" if summary == "bullets" else f"{number}) {item}")
    document.add_paragraph()

    # Actions.
    brand_heading(document, f"{next(part)}. " + rng.choice(("Actions", "Case actions (who and by when)",
                                                            "What happens next")), brand)
    if sample.actions:
        if rng.random() < 0.6:
            heads = rng.choice((("Action", "Lead", "Target date"), ("Action", "Owner", "By when", "Done?"),
                                ("What needs to happen", "Who", "When by")))
            grid = table(document, len(sample.actions) + 1, len(heads))
            for cell, text in zip(grid.rows[0].cells, heads):
                label(cell, text, "DEEAF6")
            for row, action in zip(grid.rows[1:], sample.actions):
                write(row.cells[0], action.action)
                write(row.cells[1], action.owner)
                write(row.cells[2], when(action.due))
        else:
            for number, action in enumerate(sample.actions, start=1):
                paragraph(document, f"{number}. {action.action} ({action.owner}, by {when(action.due)})")
    else:
        paragraph(document, rng.choice(NO_ACTIONS))
    document.add_paragraph()

    # The same-day safety question, where the glance box did not ask it.
    if not safety_asked:
        brand_heading(document, f"{next(part)}. " + rng.choice(("Immediate safety", "Safeguarding today")), brand)
        line = paragraph(document, rng.choice(URGENT_QUESTIONS) + "  ", bold=True)
        _yes_no(rng, line, sample.urgent_concern, rng.choice(("words", "boxes", "struck")), below=True)
        if sample.urgent_concern:
            paragraph(document, rng.choice(("What has been done: ", "If yes, give details and the action taken:")),
                      bold=True)
            paragraph(document, sample.urgent_concern_detail)
        document.add_paragraph()

    # Head of Service moderation.
    heading = f"{next(part)}. " + rng.choice(("Head of Service moderation", "Moderation"))
    if moderation and (shape_moderation == "box" or (shape_moderation == "lines" and glance)):
        brand_heading(document, heading, brand)
        box = table(document, 1, 1)
        _box_border(box, ink, "18")
        cell = box.cell(0, 0)
        write(cell, f"Moderated by {moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
              bold=True)
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        write(cell, _outcome(rng, sample, moderation), colour=ink, bold=bool(moderation.grade))
    elif moderation and shape_moderation == "strip":
        brand_heading(document, heading, brand)
        grid = table(document, 3, 3)
        for cell, text in zip(grid.rows[0].cells, ("Head of Service", "Date", rng.choice((
                "Moderated grade", "Outcome of moderation")))):
            label(cell, text, "F2F2F2")
        write(grid.cell(1, 0), moderation.moderator, colour=ink)
        write(grid.cell(1, 1), when(moderation.date), colour=ink)
        if moderation.grade:
            verdict = "Agreed" if moderation.grade == sample.grade else "Changed"
            write(grid.cell(1, 2), f"{verdict} – {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
        else:
            write(grid.cell(1, 2), rng.choice(COMMENTS_ONLY), colour=ink)
        comments = grid.cell(2, 0).merge(grid.cell(2, 2))
        write(comments, "Comments: " + " ".join(moderation.comments), colour=ink)
    elif not moderation:
        kind = rng.choice(("box", "note", "none"))
        if kind == "box":
            brand_heading(document, heading, brand)
            box = table(document, 3, 2)
            for row, text in zip(box.rows, ("Head of Service", "Date", "Comments and moderated grade")):
                label(row.cells[0], text, "F2F2F2")
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(2, 1), note, italic=True)
        elif kind == "note":
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(NOT_MODERATED[:2]), italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=(when(child.date_of_birth),))


def _outcome(rng: random.Random, sample, moderation) -> str:
    if not moderation.grade:
        return rng.choice(COMMENTS_ONLY)
    template = CONFIRMS if moderation.grade == sample.grade else CHANGES
    return rng.choice(template).format(grade=informal_grade(rng, moderation.grade))


def _moderation_lines(document, rng: random.Random, sample, moderation, ink: str, when) -> None:
    """The moderation typed under the overall grade in the Head of Service's ink."""
    paragraph(document, f"HoS moderation ({moderation.moderator}, {when(moderation.date)}):", colour=ink, bold=True)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    paragraph(document, _outcome(rng, sample, moderation), colour=ink, bold=bool(moderation.grade))
