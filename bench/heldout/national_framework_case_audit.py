"""National Framework case audit: a Team Manager's (or a senior manager's)
audit of one child's case file, laid out around the Department for
Education's Children's Social Care National Framework. The auditor records
the child, the case and the audit, the child's brothers and sisters and the
family network involved, on most files a short check of which of the
Framework's principles the record shows, then grades the areas of practice
grouped under the Framework's outcomes (with the "enablers" and a band for
listening to children and families), gives the overall grade, writes how
the child and family were listened to, what is working well and what needs
to change, the actions, the same-day safety question and, on some, the Head
of Service's moderation.

Modelled on what was read of the Children's Social Care National Framework
(statutory guidance, Department for Education, 2023) and its consultation
(no National Framework or Dashboard material was used by another family
yet):

- the contents page of "Children's Social Care National Framework: a
  government consultation on principles for practice, expected outcomes
  and indicators: statutory guidance" (launched 2 February 2023, closing 11
  May 2023; copy at scribd.com/document/707419070) lists the purpose of
  children's social care, the principles that underpin practice,
  "Children's social care outcomes and enablers", additional frameworks,
  "Learning together using the Dashboard", practice guides and a summary of
  National Framework and Dashboard indicators, then four outcomes, each
  with "Achieving this outcome in practice", "How leaders should strive to
  achieve this outcome in practice", "How practitioners should strive to
  achieve this outcome in practice" and "How children, young people and
  families should be listened to in practice": Outcome 1, children, young
  people and families stay together and get the help they need; Outcome 2,
  children and young people are supported by their family network; Outcome
  3, children and young people are safe in and outside of their homes;
  Outcome 4, children in care and care leavers have stable, loving homes;
- the consultation's pages (consult.education.gov.uk; Stockport Council's
  copy, open 22 March to 11 May 2023) say the Framework sets "clear outcomes
  and enablers" for the children's social care system and gives clarity on
  what local authorities should achieve and how they should start to
  understand their progress towards those outcomes;
- ECP's blog "Children's Social Care - National Framework" (July 2024) says
  the Framework sets out the purpose of local authority children's social
  care, guiding principles, enablers and outcomes, and that the Children's
  Social Care Dashboard complements it as a learning resource to help local
  authorities understand their progress towards the outcomes and assess
  their practice over time;
- Bedfordshire's safeguarding partnership page and the Sussex child
  protection procedures (chapter 1.3) give the Framework's six principles
  and say it is complemented by "Improving practice with children, young
  people and families", advice for senior leaders, practice supervisors and
  practitioners; only the first four principles were read (children's
  welfare is paramount; children's wishes and feelings are sought, heard
  and responded to; children's social care works in partnership with whole
  families; children are raised by their families, with their family
  networks, or in family environments wherever possible), so only those
  four are printed;
- the Department's page "Supporting local areas to embed working together
  to safeguard children and the national framework" (updated 11 October
  2024) says the two documents set the expectations for multi-agency
  working, and that regional grant funding helps local authorities
  understand where practice is working well and where it may need to change
  in light of the Framework.

None of these shows an audit form, and the names of the enablers and the
Dashboard's indicators were not read, so the layout is our own judgement:
a council's monthly case file audit rewritten around the Framework; the
council's line in the page header and the title in a brand colour; details
as a two-column table, two pairs to a row or "Label: value" lines (plain,
prefixed or Early Help references; team left off three files, service on
about half; the auditor's role beside the name on some), with the plan
type, brothers and sisters with their ages and, on some, a named member of
the family network; on most files a Yes / Partly / No check of the four
principles read (not graded); the areas of practice renamed in our own
words after the Framework's outcomes and grouped under outcome bands (as
merged band rows, an "Outcome" code column with a printed key, or headed
cards), Outcome 4 shown "not applicable" where the child is not in care;
grades typed informally, a number on a printed 1-4 key (either way up),
the chosen word emboldened or highlighted among the four, the others
struck through, a mark under four grade columns or a Word drop-down; the
overall grade the same way; how the child and family were listened to
(their words in a box) and, where the sample asks it, whether their views
were sought for the audit; working well / needs to change as two columns,
bullets or numbers; actions as a table, numbered lines or a "no actions"
sentence (three files); the same-day safety question near the top or near
the end, typed, as boxes or with the wrong answer struck through (three
yes); seven date spellings; and the Head of Service's moderation typed in a
non-red ink as a heavy-bordered box, signed lines or a note under the
overall grade, with remarks beside some areas (two changing the grade, two
confirming it, three comments only), or an empty box, an "awaiting" note or
nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import EARLY_HELP_AUDIT, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
from bot.samples.people import ADULT_FIRST_NAMES, FAMILY_SURNAMES, head_of_service_over
from bot.samples.phrases import (
    MODERATION_AGREES,
    MODERATION_LOWERS,
    MODERATION_RAISES,
    MODERATION_SECTION_REMARKS,
    URGENT_CONCERNS,
    fill,
)

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
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
    mark,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "national_framework_case_audit"
SEED = 10001

# The outcome bands the areas are grouped under: the four outcomes in the
# Framework's words, then two bands of our own.
BANDS = {
    "O1": "Outcome 1: Children, young people and families stay together and get the help they need",
    "O2": "Outcome 2: Children and young people are supported by their family network",
    "O3": "Outcome 3: Children and young people are safe in and outside of their homes",
    "O4": "Outcome 4: Children in care and care leavers have stable, loving homes",
    "L": "Listening to children, young people and families",
    "E": "Enablers: the conditions for good practice",
}
BAND_ORDER = ("O1", "O2", "O3", "O4", "L", "E")
CODES = {"O1": "O1", "O2": "O2", "O3": "O3", "O4": "O4", "L": "Voice", "E": "Enabler"}

# The council's areas of practice, in the order of the sample's areas
# (bot/samples/phrases.py TOOL_SECTIONS): (name, band, prompt). Where the
# child is in care, the area marked by CARE_AREA is renamed and moves to
# Outcome 4.
AREAS = {
    "Full Case File Audit Tool": (
        ("The child's wishes and feelings", "L",
         "Is the child seen, and do their words shape what happens next?"),
        ("Assessment of need and the help offered", "O1",
         "Does the assessment explain what the family needs, and was help offered early enough?"),
        ("The plan and the family network", "O2",
         "Does the plan draw on the wider family, and was a family network meeting offered?"),
        ("Management oversight and supervision", "E",
         "Are decisions recorded with reasons, and does supervision move the plan on?"),
        ("Multi-agency working to keep the child safe", "O3",
         "Do partners share information and act on the worries together?"),
        ("Recording and chronology", "E",
         "Is the record up to date, and could the child read it later?"),
        ("Safety and impact for the child", "O3",
         "Is the child safer, and what difference has the work made?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working in partnership with the whole family", "O1",
         "Were parents and carers part of the assessment and the plan?"),
        ("Respectful, jargon-free recording", "E",
         "Is the record written to the child in plain words?"),
        ("Leadership and management oversight", "E",
         "Is the manager's direction clear, with timescales?"),
        ("The child's wishes and feelings", "L",
         "Is the child seen, and do their words shape what happens next?"),
        ("Relationships with the child and family", "L",
         "Does the worker know the child, and do the family know what is happening and why?"),
        ("Family history and family network", "O2",
         "Is the family's story understood, and is the wider family part of the plan?"),
        ("Assessment and plan to keep the child safe", "O3",
         "Is there a current assessment of risk, and is the plan working?"),
    ),
    "Early Help Case File Audit Tool": (
        ("The child's wishes and feelings", "L",
         "Is the child seen, and do their words shape what happens next?"),
        ("Early help assessment of the whole family", "O1",
         "Does the assessment cover every member of the household?"),
        ("Family plan and the family's network", "O2",
         "Is the plan the family's own, with their network in it?"),
        ("Working in partnership with the family", "O1",
         "Was the help offered in a way the family could use?"),
        ("Management oversight", "E",
         "Is the manager's oversight recorded, with reasons for decisions?"),
        ("Difference made: staying together safely", "O3",
         "Is the child safer at home, and what has changed for the family?"),
    ),
}
CARE_AREA = {"Full Case File Audit Tool": 2, "Case Review Audit Tool 2025": 6}
CARE_NAME = ("Care plan, stability and permanence", "O4",
             "Is the child's home stable, and is permanence progressing in their timescale?")
CARE_TEAMS = ("Children in Care Team", "Care Leavers Team")

PRINCIPLES = (
    "Children's welfare is paramount",
    "Children's wishes and feelings are sought, heard and responded to",
    "Children's social care works in partnership with whole families",
    "Children are raised by their families, with their family networks, or in family environments "
    "wherever possible",
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
PLANS = {
    "Assessment Team 1": ("Child and family assessment (s.17)", "Child in need"),
    "Assessment Team 2": ("Child and family assessment (s.17)", "Child in need"),
    "Family Safeguarding Team 1": ("Child protection plan", "Child in need plan"),
    "Family Safeguarding Team 2": ("Child protection plan", "Child protection plan – neglect"),
    "Children in Care Team": ("Child in care – Care Order (s.31)", "Child in care – accommodated (s.20)"),
    "Care Leavers Team": ("Care leaver – pathway plan", "Relevant child – pathway plan"),
    "Children with Disabilities Team": ("Child in need (disability)", "Short breaks – child in need plan"),
    "Early Help Team North": ("Early help – family plan",),
    "Early Help Team South": ("Early help – family plan", "Early help – team around the family"),
}
RELATIONS = ("grandparent", "family friend", "maternal relative", "paternal relative", "godparent", "older cousin")
CHILD_VIEWS = (
    "{child} told the worker they feel happier at home now and like that mum \"doesn't shout as much\".",
    "{child} said they want to keep living with their family and would like their worker to visit after school.",
    "{child} drew their three houses with the worker; the worries house had \"when dad doesn't come\" in it.",
    "{child} said they did not always understand why the worker came and would like to be told first.",
    "{child} is non-verbal; their views were gathered through observation and from school, who know them well.",
)
FAMILY_VIEWS = (
    "{parent} said the plan is the first one that \"made sense\" and that the family meeting helped.",
    "{parent} felt listened to but said there have been too many changes of worker.",
    "{parent} said they would like more help in the evenings, when things are hardest.",
    "{parent} was not asked for their view of the help; this is an action.",
)
SIBLING_NOTES = (
    " {name}'s needs are not considered separately in the plan.",
    " {name} was not spoken to, although the worries apply to all the children.",
    " The record shows good direct work with {name} as well.",
)
NETWORK_NOTE = " {name} ({relation}) came to the family network meeting and offers weekend care."
URGENT_QUESTIONS = (
    "Is there an immediate concern for the child's safety that must be raised with the Head of Service today?",
    "Have you found anything that means the child may not be safe now?",
    "Immediate safeguarding concern identified during this audit?",
)
FEEDBACK_QUESTIONS = (
    "Were the child's and family's views sought as part of this audit?",
    "Did you ask the child and family how the help feels to them, for this audit?",
)
NO_ACTIONS = ("No actions arising from this audit.", "No further actions required – the current plan addresses "
              "what was found.", "None; findings shared with the worker in supervision.")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not yet moderated.", "")
CONFIRMS = ("I agree with the grade of {grade}.", "Grade confirmed: {grade}.", "Agree – {grade}.")
CHANGES = ("Moderated grade: {grade}.", "I have changed the overall grade to {grade}.",
           "Grade changed to {grade} following moderation.")
COMMENTS_ONLY = ("Comments only; the auditor's grade stands.", "Comments only – not re-graded.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(count * 2, seed=SEED, today=today, feedback_question=True)
    chosen = [sample for sample in pool if sample.kind != "observation"][:count]
    styles = list(STYLES)
    while len(styles) < len(chosen):
        styles.append(rng.choice(STYLES))
    rng.shuffle(styles)
    # Three files answer the safety question yes: those the samples have and
    # then the lowest graded.
    urgent = {index for index, sample in enumerate(chosen) if sample.urgent_concern}
    for index in sorted(range(len(chosen)), key=lambda i: ORDER.index(chosen[i].grade), reverse=True):
        if len(urgent) >= 3:
            break
        urgent.add(index)
    # Two more moderations where a Head of Service is over the auditor: one
    # confirming the grade, one changing it.
    free = [index for index, sample in enumerate(chosen)
            if not sample.moderation and _moderator(sample.auditor) and index not in urgent]
    extra = rng.sample(free, min(2, len(free)))
    confirm = extra[0] if extra else None
    change = extra[1] if len(extra) > 1 else None
    with_actions = [index for index, sample in enumerate(chosen) if sample.actions and index not in urgent]
    no_actions = set(rng.sample(with_actions, min(3, len(with_actions))))
    blank_team = set(rng.sample(range(len(chosen)), 3))
    return [_form(rng, index, sample, today, styles[index], urgent=index in urgent,
                  added=("confirms" if index == confirm else "changes" if index == change else None),
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


def _added_moderation(rng: random.Random, sample, outcome: str, today: date) -> Moderation:
    first = sample.child.first_name
    if outcome == "confirms":
        grade, pool = sample.grade, MODERATION_AGREES
    elif sample.grade == INADEQUATE:
        grade, pool = REQUIRES_IMPROVEMENT, MODERATION_RAISES
    else:
        grade, pool = ORDER[ORDER.index(sample.grade) + 1], MODERATION_LOWERS
    remarked = rng.sample(list(sample.sections), rng.randint(1, 2))
    return Moderation(
        moderator=_moderator(sample.auditor),
        date=min(today, sample.date + timedelta(days=rng.randint(3, 10))),
        comments=(fill(rng.choice(pool), first),),
        section_comments={section.name: rng.choice(MODERATION_SECTION_REMARKS) for section in remarked},
        grade=grade,
    )


def _key_number(grade: str, best_first: bool) -> int:
    index = ORDER.index(grade)
    return index + 1 if best_first else 4 - index


def _grade(rng: random.Random, line, grade: str, style: str, *, best_first: bool, ids: ControlIds,
           colour: str | None = None) -> None:
    """Write `grade` into the paragraph `line` in the file's style."""
    if style in ("informal", "columns"):
        run(line, informal_grade(rng, grade, note_chance=0.15), colour=colour, bold=bool(colour))
    elif style == "key":
        number = _key_number(grade, best_first)
        run(line, str(number) if rng.random() < 0.6 else f"{number} – {informal_grade(rng, grade)}",
            colour=colour, bold=bool(colour))
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids,
                         alias="Grade", colour=colour)
    else:
        for number, option in enumerate(ORDER):
            if number:
                run(line, " | " if style != "strike" else "  ", colour=colour)
            chosen = option == grade
            run(line, WORDS[option], colour=colour, bold=chosen and style == "bold",
                highlight=chosen and style == "highlight", strike=not chosen and style == "strike")


def _print_key(document, rng: random.Random, best_first: bool, brand: str) -> None:
    numbers = sorted((_key_number(option, best_first), WORDS[option]) for option in ORDER)
    if rng.random() < 0.5:
        key = table(document, 1, 5)
        label(key.cell(0, 0), "Key", "D9D9D9")
        for cell, (number, word) in zip(key.rows[0].cells[1:], numbers):
            write(cell, f"{number}  {word}", bold=True)
    else:
        paragraph(document, "Grading key – " + ";  ".join(f"{number} = {word}" for number, word in numbers),
                  bold=True, colour=brand)


def _heavy_border(grid) -> None:
    """A thick outside border round a table, as a box drawn round a section."""
    properties = grid._tbl.tblPr
    borders = sub(properties, "w:tblBorders")
    later = next((child for child in properties if child.tag in {qn("w:shd"), qn("w:tblLayout"),
                                                                qn("w:tblCellMar"), qn("w:tblLook")}), None)
    if later is not None:
        later.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": "000000"})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "808080"})


def _yes_no(rng: random.Random, line, answer: bool, how: str) -> None:
    if how == "boxes":
        run(line, f"Yes {CHECKED_BOX if answer else UNCHECKED_BOX}    No {UNCHECKED_BOX if answer else CHECKED_BOX}")
    elif how == "struck":
        run(line, "YES", strike=not answer)
        run(line, " / ")
        run(line, "NO", strike=answer)
    else:
        run(line, rng.choice(("Yes", "Yes – see below")) if answer else rng.choice(("No", "No.", "None found")))


def _band_row(grid, text: str, fill_colour: str, colour: str) -> None:
    cells = grid.add_row().cells
    merged = cells[0].merge(cells[-1])
    write(merged, text, bold=True, colour=colour)
    shade(merged._tc, fill_colour)


def _form(rng: random.Random, index: int, sample, today: date, style: str, *, urgent: bool,
          added: str | None, no_actions: bool, blank_team: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    best_first = rng.random() < 0.6
    early_help = sample.kind == EARLY_HELP_AUDIT
    child = sample.child
    first = child.first_name
    in_care = sample.team in CARE_TEAMS
    shape = "columns" if style == "columns" else rng.choice(("bands", "codes", "cards"))

    # The areas as this council names them, in outcome order.
    areas = list(AREAS[sample.title])
    if in_care and sample.title in CARE_AREA:
        areas[CARE_AREA[sample.title]] = CARE_NAME
    household = siblings(rng, child, rng.randint(0, 3), today)
    network = None
    if rng.random() < 0.5:
        taken = {child.surname, *(name.split()[-1] for name in child.parents)}
        parents = {name.split()[0] for name in child.parents}
        network = (f"{rng.choice([n for n in ADULT_FIRST_NAMES if n not in parents])} "
                   f"{rng.choice([child.surname] + [n for n in FAMILY_SURNAMES if n not in taken])}",
                   rng.choice(RELATIONS))
    renamed = {}
    sections = []
    for (name, band, prompt), section in zip(areas, sample.sections):
        renamed[section.name] = name
        sections.append((BAND_ORDER.index(band), band, prompt, Section(name, section.grade, section.comment)))
    sections.sort(key=lambda item: item[0])  # stable: the sample's order within a band
    if household and rng.random() < 0.6:
        spot = rng.randrange(len(sections))
        order, band, prompt, section = sections[spot]
        note = rng.choice(SIBLING_NOTES).format(name=household[0][0].split()[0])
        sections[spot] = (order, band, prompt, replace(section, comment=section.comment + note))
    if network:
        spot = next((i for i, item in enumerate(sections) if item[1] == "O2"), None)
        if spot is not None and rng.random() < 0.7:
            order, band, prompt, section = sections[spot]
            note = NETWORK_NOTE.format(name=network[0].split()[0], relation=network[1])
            sections[spot] = (order, band, prompt, replace(section, comment=section.comment + note))

    changes: dict = {"sections": tuple(item[3] for item in sections)}
    if early_help and rng.random() < 0.6:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif rng.random() < 0.6:
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
    if added:
        changes["moderation"] = _added_moderation(rng, sample, added, today)
    plan = rng.choice(PLANS.get(sample.team, ("Child in need",)))
    sample = replace(sample, **changes)
    moderation = sample.moderation
    remarks = ({renamed.get(old, old): text for old, text in moderation.section_comments.items()}
               if moderation else {})
    lower = ORDER.index(sample.grade) >= 2
    others = [name for name, _ in household] + ([network[0]] if network else [])

    document = new_document(rng, landscape=shape in ("columns", "codes") and rng.random() < 0.6)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, rng.choice(("\tOFFICIAL – SENSITIVE", "\tOfficial Sensitive when complete", "")))
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("National Framework case audit tool v1.2", "Case audit (National Framework) – 2025",
                            "QA – monthly case audit")), size=8)
    if early_help:
        title = rng.choice(("Early Help Case Audit – National Framework outcomes",
                            "Family Help Case Audit (Children's Social Care National Framework)"))
    else:
        title = rng.choice(("Case File Audit – Children's Social Care National Framework",
                            "Practice Quality Audit: National Framework outcomes",
                            "Monthly Case Audit – Outcomes and Enablers"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "This audit asks how far the child's record shows the outcomes the National Framework sets for "
        "children's social care. Read the record, talk to the worker and, where you can, to the child and "
        "family. Grade each area of practice and give your evidence.",
        "Use this tool for your monthly audit. Group your evidence under the Framework's outcomes; use the "
        "team's data alongside it when you discuss the findings with the worker.",
        "Auditor: complete every part. Grade each area of practice; Heads of Service moderate in a "
        "different colour.")), italic=True, size=9)

    # Part 1: the child, the case and the audit.
    part = iter(range(1, 20))
    brand_heading(document, f"{next(part)}. " + rng.choice(("About the child and the audit", "Case details",
                                                            "The child, the case and the audit")), brand)
    auditor_text = sample.auditor
    if _role(sample.auditor) and rng.random() < 0.5:
        auditor_text += f" ({_role(sample.auditor)})"
    details = [
        (rng.choice(("Child's name", "Name of child", "Child / young person")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (rng.choice(("Case ref", "Case reference", "ID")), sample.case_id),
        (rng.choice(("Plan / status", "Type of plan", "Current plan")), plan),
        (rng.choice(("Lead practitioner", "Family worker")) if early_help else
         rng.choice(("Social worker", "Allocated social worker", "SW")), sample.practitioner),
    ]
    if sample.team:
        details.append((rng.choice(("Team", "Team / unit")), sample.team))
    if sample.service:
        details.append(("Service", sample.service))
    details += [
        (rng.choice(("Auditor", "Audited by", "Auditor (TM)") if _role(sample.auditor) == "Team Manager"
                    else ("Auditor", "Audited by")), auditor_text),
        (rng.choice(("Date of audit", "Audit date")), when(sample.date)),
    ]
    if rng.random() < 0.4:
        details.append((rng.choice(("Case open since", "Date case opened")),
                        when(sample.date - timedelta(days=rng.randint(90, 700)))))
    panel = rng.choice(("two", "four", "lines"))
    if panel == "two":
        grid = table(document, len(details), 2)
        for row, (name, value) in zip(grid.rows, details):
            label(row.cells[0], name, "EDEDED")
            write(row.cells[1], value)
    elif panel == "four":
        grid = table(document, (len(details) + 1) // 2, 4)
        for number, (name, value) in enumerate(details):
            cells = grid.rows[number // 2].cells
            label(cells[(number % 2) * 2], name, "EDEDED")
            write(cells[(number % 2) * 2 + 1], value)
    else:
        for name, value in details:
            line = paragraph(document, f"{name}:\t", bold=True)
            run(line, value)
    document.add_paragraph()
    family = paragraph(document, rng.choice(("Brothers and sisters: ", "Siblings: ",
                                             "Other children in the family: ")), bold=True)
    if household:
        run(family, "; ".join(f"{name} (aged {max(0, (today - born).days // 365)})" for name, born in household))
    else:
        run(family, rng.choice(("None", "None known", "N/A")))
    if network:
        line = paragraph(document, rng.choice(("Family network involved: ", "Family network: ")), bold=True)
        run(line, f"{network[0]} ({network[1]})")
    document.add_paragraph()

    safety_first = rng.random() < 0.35
    if safety_first:
        _safety(document, rng, sample, brand, f"{next(part)}. ")

    # The principles check (not graded).
    if rng.random() < 0.65:
        brand_heading(document, f"{next(part)}. " + rng.choice((
            "Do the Framework's principles show in this record?", "Principles check")), brand)
        check = table(document, len(PRINCIPLES) + 1, 4)
        for cell, text in zip(check.rows[0].cells, ("Principle", "Yes", "Partly", "No")):
            label(cell, text, "D9D9D9")
        symbol = rng.choice(("\u2713", "X", "x"))
        for row, principle in zip(check.rows[1:], PRINCIPLES):
            write(row.cells[0], principle)
            answer = rng.choices((1, 2, 3), weights=(2, 5, 3) if lower else (8, 2, 0.3))[0]
            write(row.cells[answer], symbol)
        document.add_paragraph()

    # The areas of practice under the outcomes.
    brand_heading(document, f"{next(part)}. " + rng.choice((
        "Quality of practice against the outcomes", "Areas of practice", "Outcomes for the child: audit findings")),
        brand)
    if style == "key":
        _print_key(document, rng, best_first, brand)
    elif style in ("bold", "highlight", "strike"):
        paragraph(document, {"bold": "Make your grade bold.", "highlight": "Highlight your grade.",
                             "strike": "Strike through the grades that do not apply."}[style], italic=True, size=8)
    printed = [(band, prompt, section) for _, band, prompt, section in sections]
    bands = [band for band in BAND_ORDER if any(item[0] == band for item in printed)]
    show_care_na = not in_care and not early_help and rng.random() < 0.5
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    band_fill = rng.choice(("DEEAF6", "E2EFD9", "F2F2F2", "FFF2CC"))
    with_prompts = rng.random() < 0.6
    if shape in ("bands", "columns"):
        heads = ["No.", rng.choice(("Area of practice", "Area")), rng.choice(("Evidence", "What the record shows"))]
        heads += [text for _, text in columns] if shape == "columns" else [rng.choice(("Grade", "Judgement"))]
        body = table(document, 1, len(heads))
        for cell, text in zip(body.rows[0].cells, heads):
            label(cell, text, "BFBFBF")
        number = 0
        for band in BAND_ORDER:
            if band == "O4" and "O4" not in bands and show_care_na:
                _band_row(body, BANDS["O4"], band_fill, brand)
                cells = body.add_row().cells
                write(cells[1], "Not applicable – the child is not in care", italic=True)
                continue
            if band not in bands:
                continue
            _band_row(body, BANDS[band], band_fill, brand)
            for item_band, prompt, section in printed:
                if item_band != band:
                    continue
                number += 1
                cells = body.add_row().cells
                write(cells[0], str(number))
                write(cells[1], section.name, bold=True)
                if with_prompts:
                    write(cells[1], prompt, italic=True, size=8)
                write(cells[2], section.comment)
                if section.name in remarks:
                    write(cells[2], f"HoS: {remarks[section.name]}", colour=ink)
                if shape == "columns":
                    for column, (grade, _) in enumerate(columns, start=3):
                        if grade == section.grade:
                            mark(cells[column], symbol)
                else:
                    _grade(rng, cells[3].paragraphs[0], section.grade, style, best_first=best_first, ids=ids)
    elif shape == "codes":
        key = paragraph(document, "Outcome key:  ", bold=True)
        run(key, ";  ".join(f"{CODES[band]} = {BANDS[band].split(': ', 1)[-1]}" for band in bands))
        heads = ("Outcome", rng.choice(("Area of practice", "Practice area")), "Evidence",
                 rng.choice(("Grade", "Judgement")))
        body = table(document, len(printed) + 1, 4)
        for cell, text in zip(body.rows[0].cells, heads):
            label(cell, text, "BFBFBF")
        for cells, (band, prompt, section) in zip((row.cells for row in body.rows[1:]), printed):
            write(cells[0], CODES[band], bold=True)
            shade(cells[0]._tc, band_fill)
            write(cells[1], section.name, bold=True)
            if with_prompts:
                write(cells[1], prompt, italic=True, size=8)
            write(cells[2], section.comment)
            if section.name in remarks:
                write(cells[2], f"Head of Service: {remarks[section.name]}", colour=ink)
            _grade(rng, cells[3].paragraphs[0], section.grade, style, best_first=best_first, ids=ids)
    else:
        number = 0
        for band in bands:
            paragraph(document, BANDS[band], bold=True, colour=brand)
            for item_band, prompt, section in printed:
                if item_band != band:
                    continue
                number += 1
                card = table(document, 3, 1)
                write(card.cell(0, 0), f"{number}. {section.name}", bold=True)
                shade(card.cell(0, 0)._tc, band_fill)
                if with_prompts:
                    write(card.cell(0, 0), prompt, italic=True, size=8)
                write(card.cell(1, 0), section.comment)
                if section.name in remarks:
                    write(card.cell(1, 0), f"HoS comment: {remarks[section.name]}", colour=ink)
                line = card.cell(2, 0).paragraphs[0]
                run(line, rng.choice(("Grade: ", "Judgement: ")), bold=True)
                _grade(rng, line, section.grade, style, best_first=best_first, ids=ids)
                document.add_paragraph()
    document.add_paragraph()

    # The overall grade.
    overall_label = rng.choice(("Overall grade", "Overall judgement of practice on this case",
                                "Auditor's overall grade"))
    if shape == "columns":
        paragraph(document, overall_label, bold=True)
        strip = table(document, 2, 4)
        for cell, (_, text) in zip(strip.rows[0].cells, columns):
            label(cell, text, "BFBFBF")
        for cell, (grade, _) in zip(strip.rows[1].cells, columns):
            if grade == sample.grade:
                mark(cell, symbol)
    else:
        line = paragraph(document, overall_label + ": ", bold=True)
        _grade(rng, line, sample.grade, style, best_first=best_first, ids=ids)
    shape_moderation = rng.choice(("box", "lines", "note"))
    if moderation and shape_moderation == "note":
        _moderation_lines(document, rng, sample, moderation, ink, when, note=True)
    document.add_paragraph()

    # How the child and family were listened to.
    brand_heading(document, f"{next(part)}. " + rng.choice((
        "How were the child and family listened to?", f"What {first} and the family say",
        "The voice of the child and family")), brand)
    said = table(document, 2 if rng.random() < 0.5 else 1, 1)
    write(said.cell(0, 0), rng.choice(CHILD_VIEWS).format(child=first))
    parent = child.parents[0].split()[0]
    family_line = rng.choice(FAMILY_VIEWS).format(parent=parent)
    write(said.cell(len(said.rows) - 1, 0), family_line, italic=len(said.rows) == 1)
    if sample.feedback_sought is not None:
        asked = paragraph(document, rng.choice(FEEDBACK_QUESTIONS) + "  ", bold=True)
        _yes_no(rng, asked, sample.feedback_sought, rng.choice(("words", "boxes", "struck")))
    document.add_paragraph()

    # What is working well and what needs to change.
    headings = rng.choice((("What is working well?", "What needs to change?"),
                           ("Strengths", "Areas for development"),
                           ("Working well", "Needs to improve")))
    summary = rng.choice(("columns", "bullets", "numbers"))
    brand_heading(document, f"{next(part)}. " + rng.choice(("Summary of findings", "Strengths and development")),
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
                paragraph(document, f"\u2022 {item}" if summary == "bullets" else f"{number}. {item}")
    document.add_paragraph()

    # Actions.
    brand_heading(document, f"{next(part)}. " + rng.choice(("Actions", "Actions (by who, by when)",
                                                            "What will happen next")), brand)
    if sample.actions:
        if rng.random() < 0.6:
            heads = rng.choice((("Action", "By whom", "By when"), ("Action", "Who", "Timescale", "Progress"),
                                ("What needs to happen", "Responsible", "Date")))
            grid = table(document, len(sample.actions) + 1, len(heads))
            for cell, text in zip(grid.rows[0].cells, heads):
                label(cell, text, "DEEAF6")
            for row, action in zip(grid.rows[1:], sample.actions):
                write(row.cells[0], action.action)
                write(row.cells[1], action.owner)
                write(row.cells[2], when(action.due))
        else:
            for number, action in enumerate(sample.actions, start=1):
                paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        paragraph(document, rng.choice(NO_ACTIONS))
    document.add_paragraph()

    if not safety_first:
        _safety(document, rng, sample, brand, f"{next(part)}. ")

    # Head of Service moderation.
    heading = f"{next(part)}. " + rng.choice(("Head of Service moderation", "Moderation"))
    if moderation and shape_moderation == "lines":
        brand_heading(document, heading, brand)
        _moderation_lines(document, rng, sample, moderation, ink, when, note=False)
    elif moderation and shape_moderation == "box":
        brand_heading(document, heading, brand)
        box = table(document, 5, 2)
        _heavy_border(box)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Agree with the overall grade?",
                                        "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        write(box.cell(0, 1), moderation.moderator, colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        if moderation.grade:
            write(box.cell(2, 1), "Yes" if moderation.grade == sample.grade else "No", colour=ink)
            grade_style = "informal" if style == "columns" else style
            _grade(rng, box.cell(3, 1).paragraphs[0], moderation.grade, grade_style, best_first=best_first,
                   ids=ids, colour=ink)
        else:
            write(box.cell(2, 1), rng.choice(COMMENTS_ONLY), colour=ink)
        for comment in moderation.comments:
            write(box.cell(4, 1), comment, colour=ink)
    elif not moderation:
        kind = rng.choice(("box", "note", "none"))
        if kind == "box":
            brand_heading(document, heading, brand)
            box = table(document, 3, 2)
            _heavy_border(box)
            for row, text in zip(box.rows, ("Head of Service", "Date", "Comments")):
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


def _safety(document, rng: random.Random, sample, brand: str, prefix: str) -> None:
    brand_heading(document, prefix + rng.choice(("Safety today", "Immediate safeguarding")), brand)
    line = paragraph(document, rng.choice(URGENT_QUESTIONS) + "  ", bold=True)
    _yes_no(rng, line, sample.urgent_concern, rng.choice(("words", "boxes", "struck")))
    if sample.urgent_concern:
        paragraph(document, rng.choice(("If yes, what has been done: ", "Details and action taken:")), bold=True)
        paragraph(document, sample.urgent_concern_detail)
    document.add_paragraph()


def _moderation_lines(document, rng: random.Random, sample, moderation, ink: str, when, *, note: bool) -> None:
    """The moderation as lines typed in the Head of Service's ink: a note
    under the overall grade, or signed lines in their own part."""
    if note:
        paragraph(document, f"Head of Service moderation – {moderation.moderator}, {when(moderation.date)}:",
                  colour=ink, bold=True)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        template = CONFIRMS if moderation.grade == sample.grade else CHANGES
        paragraph(document, rng.choice(template).format(grade=informal_grade(rng, moderation.grade)),
                  colour=ink, bold=True)
    else:
        paragraph(document, rng.choice(COMMENTS_ONLY), colour=ink)
    if not note:
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
