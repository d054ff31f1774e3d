"""Learning review theme audit: a council's themed audit of a small sample
of children's cases, run the way a regional peer-review programme runs its
thematic peer review audits. One theme (neglect, children in need and step
down, children not in school, serious youth violence, section 20
accommodation, children living with domestic abuse, the child's experience
of child protection) is chosen for a stated reason, a handful of cases are
read by a lead auditor (sometimes paired with a peer reviewer from another
authority), each key line of enquiry is answered case by case and then
graded across the sample, an overall judgement is given for the theme,
what is working well and what needs to improve are written up with the
learning and actions, the urgent question is answered, and the Head of
Service moderates. One Word form per audit.

Modelled on what the Association of Directors of Children's Services
publishes about its Eastern Region (the East of England's eleven
authorities) and the region's sector-led improvement programme; no
Eastern Region or ERSLIP material was used by another family. Read as
search excerpts:

- ADCS, "Eastern Region Update – September 2017" (adcs.org.uk): the annual
  self-assessment concluded, moderated by a team of volunteers from across
  the region and reviewed by two DCS colleagues at a peer challenge event;
  a training course for a cohort of 24 new peer reviewers "to extend and
  refresh the pool of peer reviewers who are available in the region to
  conduct thematic peer review audits"; a quarterly "tartan rug"
  benchmarking report; a Section 20 benchmarking exercise completed; the
  next benchmarking exercise to be on neglect and to include "a summary of
  audit outcomes for neglect cases".
- ADCS, "Eastern Region Update December 2018": regional priorities from
  peer challenge (outcomes for children in need and early help, children
  not in school and vulnerable learners, serious youth violence, reducing
  resources and increasing need, sharing good practice); "peer reviews
  provide challenge and support in targeted, thematic areas of service";
  paired peer reviews into QA and audit arrangements, with a methodology,
  pairings agreed and local scheduling begun.
- ADCS, "Eastern Region Update June 2015" (the Eastern Region Children's
  Programme): a Research in Practice change project on the experience of
  the child within child protection; a framework for domestic abuse peer
  reviews signed off by the region's DCS group.
- ADCS, "Eastern Region Update June 2019": peer reviews in targeted,
  thematic areas; two new frameworks and a two-year programme of peer
  reviews; many authorities in the region use Liquid Logic.
- ERSLIP, "Self-Assessment and Peer Challenge" (erslip.co.uk): each
  authority's self-assessment is moderated by volunteers from the QA and
  Performance Management network groups of other authorities, and two
  other DCSs challenge the host DCS.

None of them shows an audit form, so the form is our own judgement. From
the sources come only the themes (the region's priorities and peer-review
topics), a reason for the theme drawn from regional priorities or
benchmarking, and a peer reviewer from a paired authority on some files.
Everything else is ours: details as a two-column table, a four-column grid
or tabbed lines (the lead auditor's role in the same cell on some, service
off four files, the number of cases off some); the reasons for the theme as
ticked boxes and a sentence; the sample as a table (plain or prefixed
references, the legal status, on five files the children in the family
named with their ages) or as one line of references; five or six key lines
of enquiry (two versions of the template, one worded as questions) as a
landscape matrix of Y / P / N answers for each case with a grade column,
numbered blocks with a case-by-case line, or a findings grid; grades typed
informally, a number on a printed 1–4 key (either way round), the chosen
option emboldened (and highlighted on some) among the four, the others
struck through, a mark or shading under four grade columns, or a Word
drop-down; the overall judgement the same way; working well and needs to
improve as two columns, bullets under headings, Signs of Safety questions
or numbered lines; actions as a table, arrowed lines or a "no actions"
sentence (2); the urgent question typed, ticked, with the other answer
struck through or Y / N (3 yes); the lead auditor's sign-off; and the Head
of Service's moderation typed in a non-red ink through the form (remarks
under some questions and a moderated judgement under the overall one), as
a box (in ink or black) or as signed lines: 4 changing, 3 confirming, 3
comments only, and on the rest an empty box, an "awaiting" note or no
section.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from bot.samples import STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown
from bot.samples.people import (
    EARLY_HELP_MANAGER,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    PRACTITIONER,
    QA_TEAM,
    SAFEGUARDING,
    SAFEGUARDING_PRACTICE_MANAGER,
    invent_child,
)
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    new_document,
    paragraph,
    recount,
    run,
    siblings,
    table,
    write,
)

FAMILY = "learning_review_theme_audit"
SEED = 10029
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

THEMES = ("Neglect – cumulative harm and the Graded Care Profile",
          "Children in need: outcomes and step down to Early Help",
          "Children not in school and vulnerable learners",
          "Serious youth violence and criminal exploitation",
          "Section 20 accommodation",
          "Children living with domestic abuse",
          "The experience of the child within child protection")
REASONS = ("Regional priority (sector-led improvement)", "Benchmarking / performance data",
           "Learning from a local or national review", "Finding of a previous audit", "Inspection feedback")
# What the author writes about the reason ticked first, in REASONS order.
WHY = ("Agreed as a regional priority at the last peer challenge event.",
       "Our rate is above our statistical neighbours on the last quarterly benchmarking report.",
       "A recent local learning review asked us to look at this across a wider sample of cases.",
       "The last audit of this theme found plans drifting; this audit tests whether the actions worked.",
       "Raised at the last inspection visit as an area where practice is inconsistent.")
# The key lines of enquiry, in the two versions of the template.
LINES_OF_ENQUIRY = (
    ("Recognition and response to the theme", "Quality of assessment and analysis",
     "The child's lived experience and voice", "Plans and their impact", "Working with partners",
     "Management oversight and supervision"),
    ("Did we understand what life is like for the child?", "Was the risk recognised and assessed in good time?",
     "Is the plan making a difference?", "Did partners share information and act together?",
     "Did managers give direction and challenge drift?"),
)
FINDINGS = {
    OUTSTANDING: ("Strong in every case read; two examples will be shared at the practice forum.",
                  "Consistently clear across the sample and it made a difference for the children."),
    GOOD: ("Evident in most of the cases read, with gaps in recording in one or two.",
           "Clear in the majority of files; where it was weaker the worker was newly allocated."),
    REQUIRES_IMPROVEMENT: ("Inconsistent: seen in about half the cases, not yet embedded.",
                           "Present but thin; analysis does not always follow from the information gathered."),
    INADEQUATE: ("Not evident in most of the cases read.", "Largely missing; children's circumstances drifted."),
}
TALLY = {OUTSTANDING: "YYYYY", GOOD: "YYYP", REQUIRES_IMPROVEMENT: "YPPN", INADEQUATE: "PNNN"}
STRENGTHS = (
    "In 5 of the 6 cases the chronology was up to date and used to understand cumulative harm.",
    "Workers knew the children well and described their daily lives vividly.",
    "Direct work with children was purposeful and recorded in the child's own words.",
    "Partners attended meetings and their information was used in the assessments.",
    "Supervision recorded clear reflection and a direction for the case.",
    "Step down to Early Help was well planned, with a joint visit in every case read.",
)
DEVELOPMENT = (
    "In 3 of the 6 cases plans lacked timescales and did not say who would do what.",
    "Fathers and male carers were not assessed or spoken to in several cases.",
    "Case summaries were not updated after significant events.",
    "Schools' information was not sought before the assessment was completed.",
    "Management oversight recorded decisions but not the reasons for them.",
)
ACTIONS = (
    "Practice session on SMART planning for every team in the service.",
    "Add a prompt about fathers and male carers to the assessment template.",
    "Team managers to check case summaries are updated after significant events.",
    "Share the learning at the regional QA and performance network.",
    "Re-audit the theme in six months to test the impact of the actions.",
    "Agree an information-sharing checklist with schools for assessments.",
)
OWNERS = ("Principal Social Worker", "Team Managers", "QA Lead", "Head of Service", "Workforce Development",
          "Angela Moorcroft", "Liam Doherty")
NO_ACTIONS = ("No actions arising from this audit – the learning is already on the service improvement plan.",
              "No further actions required at this time.", "None – learning to be shared at the practice forum only.")
URGENT = ("Case {n} ({ref}): no visit for seven weeks while on a child protection plan; raised with the Team "
          "Manager the same day and a visit made the next morning.",
          "Case {n} ({ref}): a new disclosure recorded by school had not been acted on; referred to the front door "
          "and a strategy discussion held the same day.")
PEERS = (("Kerry Dunmore", "Fenmarsh Council"), ("Paul Ashdown", "Wendham Borough Council"),
         ("Bridget Oyelaran", "Saxby County Council"), ("Marcus Tilney", "Eastbrook Council"))
# The legal status or stage of the cases, by the service whose cases were read.
STATUS = {"Early Help": ("EH", "EH – TAF", "Step down from CIN", "EH – family support"),
          "Children in Care": ("CLA", "CLA (s.20)", "CLA – care order", "Care leaver")}
OTHER_STATUS = ("CIN", "CP", "CLA (s.20)", "CP – neglect", "CIN – step down", "CLA")
MODERATION_COMMENTS = (
    "I have read two of the cases myself and the findings are fair.",
    "Good, honest audit – please take the learning to the next practice forum.",
    "Actions agreed; QA team to track them on the service plan.",
    "Please include the partners' view when the theme is re-audited.",
)
CHANGE = ("Having read the case summaries I would place the overall judgement at {grade}.",
          "I do not agree with the overall judgement – on balance the sample is {grade}.")
REMARKS = ("HoS: agree with this finding.", "HoS: evidence supports the grade.",
           "HoS: I would like examples of this shared with the teams.", "HoS: discussed with the Team Managers.")
TITLES = ("Learning Review: Theme Audit", "THEME AUDIT – LEARNING REVIEW", "Themed Learning Review Audit",
          "Learning Review – Thematic Audit of Practice")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))

    def spread(values: list) -> list:
        values = (values * (count // len(values) + 1))[:count]
        rng.shuffle(values)
        return values

    keys = ("grading", "moderation", "urgent", "no_actions", "family", "peer", "show_service", "show_count")
    plans = [dict(zip(keys, values)) for values in zip(
        spread(["typed"] * 3 + ["key"] * 3 + ["bold"] * 2 + ["struck"] * 3 + ["columns"] * 3 + ["dropdown"] * 2),
        spread(["change"] * 4 + ["confirm"] * 3 + ["comments"] * 3 + [None] * 6),
        spread([True] * 3 + [False] * 13),
        spread([True] * 2 + [False] * 14),
        spread([True] * 5 + [False] * 11),
        spread([True] * 8 + [False] * 8),
        spread([True] * 12 + [False] * 4),
        spread([True] * 11 + [False] * 5),
    )]
    # The lines of enquiry: a grid wherever the grades are marked under four columns.
    layouts = iter(spread(["matrix"] * 5 + ["blocks"] * 5 + ["grid"] * 6))
    free = [next(layouts) for _ in range(count)]
    free = [layout for layout in free if layout != "grid"] + [layout for layout in free if layout == "grid"]
    for plan in plans:
        plan["layout"] = "grid" if plan["grading"] == "columns" else free.pop(0)
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(samples, plans))]


def _neighbour(rng: random.Random, grade: str) -> str:
    if grade == GOOD and rng.random() < 0.75:
        return REQUIRES_IMPROVEMENT
    position = ORDER.index(grade)
    return rng.choice([ORDER[p] for p in (position - 1, position + 1) if 0 <= p < len(ORDER)])


def _lead(rng: random.Random, sample) -> tuple[str, str]:
    """The lead auditor and their role: the sample's Head of Service, a
    manager in the service, or the QA team."""
    managers = [member for member in STAFF if member.service == sample.service
                and member.role in (PRACTICE_MANAGER, EARLY_HELP_MANAGER, SAFEGUARDING_PRACTICE_MANAGER)]
    qa = [member for member in STAFF if member.role == QA_TEAM]
    choice = rng.random()
    if choice < 0.3:
        return sample.auditor, "Head of Service"
    if choice < 0.65 and managers:
        return rng.choice(managers).name, rng.choice(("Team Manager", "TM", "Practice Manager"))
    return rng.choice(qa).name, rng.choice(("QA Officer", "Quality Assurance Lead", "QA"))


_QA_HEAD = next(member.name for member in STAFF if member.role == HEAD_OF_SERVICE and member.service == SAFEGUARDING)


def _moderator(sample, lead: str) -> str:
    head = next(member.name for member in STAFF
                if member.role == HEAD_OF_SERVICE and member.service == sample.service)
    if head != lead:
        return head
    others = [member.name for member in STAFF if member.role == HEAD_OF_SERVICE and member.name != lead]
    return next((name for name in others if name == _QA_HEAD), others[0])


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    grading = plan["grading"]
    layout = plan["layout"]
    details_style = rng.choice(("table", "grid", "tabs"))
    reversed_key = rng.random() < 0.45
    highlight = rng.random() < 0.5
    symbol = rng.choice(MARKS)

    # The sample: theme, cases as written, graded lines of enquiry, the overall judgement.
    theme = rng.choice(THEMES)
    own = {field.key: field for field in sample.own}
    case_ids = (list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own
                else [str(rng.randint(1_000_000, 9_999_999)) for _ in range(own["cases_sampled"].expected)])
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    refs = [f"{prefix}{case_id}" for case_id in case_ids]
    total = len(refs)
    names = LINES_OF_ENQUIRY[rng.randrange(2)]
    grades = [rng.choice((GOOD, GOOD, GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, OUTSTANDING, INADEQUATE))
              for _ in names]
    overall = max(set(grades), key=lambda grade: (grades.count(grade), -ORDER.index(grade)))
    sections = tuple(Section(name, grade, rng.choice(FINDINGS[grade])) for name, grade in zip(names, grades))
    lead, role = _lead(rng, sample)
    service = sample.service  # whose cases were read, printed or not

    moderation = None
    if plan["moderation"]:
        signed = min(today, sample.date + timedelta(days=rng.randint(3, 12)))
        signed -= timedelta(days=max(0, signed.weekday() - 4))
        comments = list(rng.sample(MODERATION_COMMENTS, rng.randint(1, 2)))
        moderated = None
        if plan["moderation"] == "confirm":
            moderated = overall
        elif plan["moderation"] == "change":
            moderated = _neighbour(rng, overall)
            comments.append(rng.choice(CHANGE).format(grade=WORDS[moderated].lower()))
        remarks = {section.name: rng.choice(REMARKS) for section in rng.sample(sections, rng.randint(0, 2))}
        moderation = Moderation(_moderator(sample, lead), signed, tuple(comments), remarks, moderated)

    actions = () if plan["no_actions"] else tuple(
        SampleAction(text, rng.choice(OWNERS), action.due)
        for text, action in zip(rng.sample(ACTIONS, len(sample.actions)), sample.actions))
    urgent_case = rng.randrange(total)
    changes = {
        "title": rng.choice(TITLES),
        "auditor": lead,
        "service": sample.service if plan["show_service"] else None,
        "grade": overall,
        "sections": sections,
        "strengths": recount(tuple(rng.sample(STRENGTHS, len(sample.strengths))), total),
        "development_areas": recount(tuple(rng.sample(DEVELOPMENT, len(sample.development_areas))), total),
        "actions": actions,
        "moderation": moderation,
        "urgent_question": True,
        "urgent_concern": plan["urgent"],
        "urgent_concern_detail": (rng.choice(URGENT).format(n=urgent_case + 1, ref=refs[urgent_case])
                                  if plan["urgent"] else None),
        "own": (ToolField("theme", "Theme", theme, theme),
                ToolField("cases_sampled", "Number of cases", str(total), total),
                ToolField("sampled_case_ids", "Case reference", ", ".join(refs), refs)),
    }
    sample = replace(sample, **changes)

    # The children in each family, on forms whose sample table asks for them.
    families: list[str] = []
    others: list[str] = []
    if plan["family"]:
        used: set[str] = set()
        for _ in range(total):
            child = invent_child(rng, today)
            while child.surname in used:
                child = invent_child(rng, today)
            used.add(child.surname)
            people = [(child.full_name, child.date_of_birth)]
            people += [(name, born) for name, born in siblings(rng, child, rng.choice((0, 1, 1, 2)), today)
                       if (today - born).days < 17 * 365]  # children still at home
            families.append(", ".join(f"{name} ({(today - born).days // 365})" for name, born in people))
            others += [name for name, _ in people]

    # The document.
    document = new_document(rng)
    if layout == "matrix":
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    council = council_line(rng)
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], council, bold=True, colour=brand, size=9)
    else:
        paragraph(document, council, bold=True, colour=brand, size=11)
    paragraph(document, sample.title, bold=True, size=16, colour=rng.choice((brand, None)))
    paragraph(document, rng.choice((
        "One form per theme audit: the findings across all the cases read, not one form per case.",
        "Lead auditor: complete every section and return to the QA mailbox within five working days.",
        "OFFICIAL – SENSITIVE")), italic=True, size=9)
    number = iter(range(1, 12))

    # 1. About the audit.
    brand_heading(document, f"{next(number)}. About this theme audit", brand)
    lead_text = f"{lead} ({role})" if rng.random() < 0.5 else lead
    rows = [(rng.choice(("Theme", "Audit theme", "Theme of the review")), theme),
            (rng.choice(("Lead auditor", "Auditor", "Audit lead")), lead_text)]
    if plan["peer"]:
        peer, authority = rng.choice(PEERS)
        rows.append((rng.choice(("Peer reviewer (paired authority)", "Peer reviewer")), f"{peer}, {authority}"))
    if plan["show_service"]:
        rows.append((rng.choice(("Service", "Service audited", "Service area")), sample.service))
    rows.append((rng.choice(("Date audit completed", "Date of audit", "Audit date")), when(sample.date)))
    if plan["show_count"]:
        rows.append((rng.choice(("Number of cases", "No. of cases read", "Cases in sample")), str(total)))
    if details_style == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif details_style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[2 * (position % 2)], text, "DEEAF6")
            write(cells[2 * (position % 2) + 1], value)
    else:
        for start in range(0, len(rows), 2):
            line = paragraph(document)
            for offset, (text, value) in enumerate(rows[start:start + 2]):
                if offset:
                    run(line, "\t\t")
                run(line, f"{text}:", bold=True)
                run(line, f"\t{value}")
    paragraph(document, "")
    line = paragraph(document, rng.choice(("Why was this theme chosen?", "Reason for the theme")), bold=True)
    chosen = set(rng.sample(range(len(REASONS)), rng.randint(1, 2)))
    if rng.random() < 0.5:
        for position, reason in enumerate(REASONS):
            tick = paragraph(document)
            run(tick, f"{CHECKED_BOX if position in chosen else UNCHECKED_BOX} ", colour=None)
            run(tick, reason)
    else:
        run(line, " ")
        run(line, "; ".join(REASONS[position] for position in sorted(chosen)) + ".")
    paragraph(document, WHY[min(chosen)])
    paragraph(document, "")

    # 2. The sample.
    brand_heading(document, f"{next(number)}. The cases read", brand)
    if families or rng.random() < 0.65:
        headers = ["No.", rng.choice(("Case reference", "LL ID", "Case ref"))]
        if families:
            headers.append(rng.choice(("Children in the family (age)", "Child and brothers / sisters (age)",
                                       "Household children")))
        headers += [rng.choice(("Legal status", "Status")), rng.choice(("Allocated team", "Worker's team"))]
        grid = table(document, total + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E7E6E6")
        teams = sorted({member.team for member in STAFF if member.service == service and member.role == PRACTITIONER})
        statuses = STATUS.get(service, OTHER_STATUS)
        for position, row in enumerate(grid.rows[1:]):
            values = [str(position + 1), refs[position]]
            if families:
                values.append(families[position])
            values += [rng.choice(statuses), rng.choice(teams)]
            for cell, value in zip(row.cells, values):
                write(cell, value)
    else:
        line = paragraph(document, rng.choice(("Cases read: ", "Case references: ", "Sample: ")), bold=True)
        run(line, rng.choice((", ", "; ", " / ")).join(refs))
    paragraph(document, "")

    # 3. Key lines of enquiry.
    part = next(number)
    brand_heading(document, f"{part}. {rng.choice(('Key lines of enquiry', 'What we looked for', 'Audit questions'))}",
                  brand)
    score = ({OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1} if reversed_key
             else {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4})
    if grading == "key":
        paragraph(document, "Key: " + "   ".join(f"{score[grade]} = {WORDS[grade]}"
                                                 for grade in sorted(ORDER, key=score.get)), italic=True, bold=True)
    elif grading == "struck":
        paragraph(document, "Grade: strike through the grades that do not apply.", italic=True)
    elif grading == "bold":
        paragraph(document, "Grade: embolden the grade that applies.", italic=True)
    else:
        paragraph(document, "Answer for each case: Y = yes, P = partly, N = no. Then grade across the sample.",
                  italic=True, size=9)

    def grade_in(line, grade: str, *, bold: bool = False) -> None:
        """Write `grade` into a paragraph in this form's way."""
        if grading == "typed":
            run(line, informal_grade(rng, grade, note_chance=0.2), bold=bold)
        elif grading == "key":
            run(line, str(score[grade]), bold=True)
        elif grading in ("bold", "struck"):
            for position, option in enumerate(ORDER):
                if position:
                    run(line, "  /  ")
                picked = option == grade
                run(line, WORDS[option], bold=picked, highlight=picked and grading == "bold" and highlight,
                    strike=not picked and grading == "struck")
        elif grading == "dropdown":
            content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids,
                             alias=rng.choice(("Grade", "Judgement")))
        else:
            run(line, informal_grade(rng, grade), bold=bold)

    def remark(section) -> None:
        if moderation and section.name in moderation.section_comments:
            paragraph(document, moderation.section_comments[section.name], colour=ink, italic=True)

    def tallies(grade: str) -> list[str]:
        pool = TALLY[grade]
        return [rng.choice(pool) for _ in range(total)]

    if layout == "matrix":
        grid = table(document, len(sections) + 1, total + 2)
        label(grid.cell(0, 0), rng.choice(("Line of enquiry", "Question")), "D9D9D9")
        for position in range(total):
            label(grid.cell(0, position + 1), f"Case {position + 1}", "D9D9D9")
        label(grid.cell(0, total + 1), rng.choice(("Grade", "Judgement across sample")), "D9D9D9")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            for position, answer in enumerate(tallies(section.grade)):
                write(row.cells[position + 1], answer)
            grade_in(row.cells[total + 1].paragraphs[0], section.grade)
        paragraph(document, "")
        paragraph(document, rng.choice(("Findings across the sample", "What we found")), bold=True, colour=brand)
        for position, section in enumerate(sections, start=1):
            line = paragraph(document, f"Q{position}. ", bold=True)
            run(line, section.comment)
            remark(section)
    elif layout == "blocks":
        for position, section in enumerate(sections, start=1):
            paragraph(document, f"{part}.{position} {section.name}", bold=True, colour=brand)
            if rng.random() < 0.6:
                paragraph(document, "Case by case: " + "  ".join(
                    f"{case}:{answer}" for case, answer in enumerate(tallies(section.grade), start=1)), size=9)
            line = paragraph(document, rng.choice(("Findings across the sample: ", "Findings: ")), bold=True)
            run(line, section.comment)
            line = paragraph(document, rng.choice(("Grade: ", "Judgement: ")), bold=True)
            grade_in(line, section.grade)
            remark(section)
    else:
        columns = grading == "columns"
        headers = [rng.choice(("Line of enquiry", "Question", "Area")), rng.choice(("Findings across the sample",
                                                                                  "What the sample showed"))]
        headers += [WORDS[option] for option in ORDER] if columns else [rng.choice(("Grade", "Judgement"))]
        grid = table(document, len(sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if moderation and section.name in moderation.section_comments:
                write(row.cells[1], moderation.section_comments[section.name], colour=ink, italic=True)
            if columns:
                mark(row.cells[2 + ORDER.index(section.grade)], symbol)
            else:
                grade_in(row.cells[2].paragraphs[0], section.grade)
    paragraph(document, "")

    # 4. Overall judgement.
    brand_heading(document, f"{next(number)}. {rng.choice(('Overall judgement', 'Overall evaluation', 'Judgement for the theme'))}",
                  brand)
    overall_label = rng.choice(("Overall judgement for the theme", "Overall quality of practice across the sample",
                                "OVERALL JUDGEMENT"))
    inline_moderation = moderation is not None and rng.random() < 0.4
    if grading == "columns":
        grid = table(document, 2, 5)
        label(grid.cell(0, 0), overall_label, "E2EFDA")
        for position, option in enumerate(ORDER):
            label(grid.cell(0, position + 1), WORDS[option], "E2EFDA")
        write(grid.cell(1, 0), rng.choice(("Auditor", "Lead auditor's judgement")))
        mark(grid.cell(1, 1 + ORDER.index(overall)), symbol)
    else:
        if grading == "key" and layout != "blocks" and rng.random() < 0.5:
            overall_label += " (1–4)"
        line = paragraph(document, f"{overall_label}: ", bold=True)
        grade_in(line, overall, bold=True)
    if inline_moderation:
        if moderation.grade:
            line = paragraph(document, rng.choice(("Moderated judgement (HoS): ", "HoS judgement: ")), bold=True,
                             colour=ink)
            run(line, informal_grade(rng, moderation.grade), bold=True, colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
    paragraph(document, "")

    # 5. What we learned.
    brand_heading(document, f"{next(number)}. What we learned", brand)
    learning = rng.choice(("columns", "bullets", "signs", "numbered"))
    headings = {"columns": ("What is working well", "What needs to improve"),
                "bullets": ("Strengths across the sample", "Areas for development"),
                "signs": ("What's working well?", "What are we worried about?"),
                "numbered": ("Working well", "Needs to improve")}[learning]
    if learning == "columns":
        both = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(both.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(both.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True, colour=brand if learning != "signs" else None)
            for position, item in enumerate(items, start=1):
                paragraph(document, f"{position}. {item}" if learning == "numbered" else f"\u2022 {item}")
    paragraph(document, "")

    # 6. Actions.
    brand_heading(document, f"{next(number)}. {rng.choice(('Learning and actions', 'Actions', 'Action plan'))}",
                  brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Lead", "By when"), ("Action", "Who", "By when", "Done?"),
                              ("What needs to happen", "Owner", "Target date", "Progress")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"\u2192 {action.action} ({action.owner}, by {when(action.due)})")
    paragraph(document, "")

    # 7. The urgent question.
    brand_heading(document, f"{next(number)}. {rng.choice(('Immediate safety', 'Urgent concerns'))}", brand)
    question = rng.choice(("Did the audit find any child whose safety needs urgent action?",
                           "Were any immediate safeguarding concerns for a child identified in the sample?",
                           "Urgent concern about a child's safety identified?"))
    urgent = sample.urgent_concern
    style = rng.choice(("typed", "ticks", "struck", "yn"))
    line = paragraph(document, f"{question} ", bold=True)
    if style == "typed":
        run(line, rng.choice(("Yes", "YES")) if urgent else rng.choice(("No", "No.", "NO")))
    elif style == "ticks":
        run(line, f"{CHECKED_BOX if urgent else UNCHECKED_BOX} Yes   {UNCHECKED_BOX if urgent else CHECKED_BOX} No")
    elif style == "struck":
        run(line, "Yes", strike=not urgent, bold=urgent)
        run(line, " / ")
        run(line, "No", strike=urgent, bold=not urgent)
    else:
        run(line, "Y / N:  ")
        run(line, "Y" if urgent else "N", bold=True)
    if urgent:
        detail = paragraph(document, rng.choice(("If yes, what was done: ", "Action taken: ")), bold=True)
        run(detail, sample.urgent_concern_detail)
    paragraph(document, "")

    # 8. The lead auditor's sign-off.
    brand_heading(document, f"{next(number)}. Sign-off", brand)
    line = paragraph(document, rng.choice(("Completed by: ", "Lead auditor signature: ")), bold=True)
    run(line, lead)
    run(line, "\tDate: ", bold=True)
    run(line, when(sample.date))
    if plan["peer"]:
        paragraph(document, rng.choice(("Peer reviewer has read and agreed the findings.",
                                        "Findings discussed with the peer reviewer.")), italic=True)
    paragraph(document, "")

    # 9. The Head of Service's moderation.
    _moderation(rng, document, sample, moderation, inline_moderation, brand, ink, when, number)
    data = finish_docx(document, sample.title, (moderation or sample).date,
                       moderation.moderator if moderation else lead)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others))


def _moderation(rng: random.Random, document, sample, moderation, inline: bool, brand: str, ink: str, when,
                number) -> None:
    if inline:
        return  # typed through the form under the overall judgement
    if moderation is None:
        style = rng.choice(("box", "awaiting", "none"))
        if style == "none":
            return
        brand_heading(document, f"{next(number)}. Head of Service moderation", brand)
        if style == "awaiting":
            paragraph(document, rng.choice(("Awaiting Head of Service moderation.",
                                            "To be moderated at the next QA meeting.")), italic=True)
            return
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Moderated judgement", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, f"{next(number)}. {rng.choice(('Head of Service moderation', 'Moderation (HoS)'))}",
                  brand)
    agree = "" if moderation.grade is None else ("Yes" if moderation.grade == sample.grade else "No – see comments")
    rows = [(rng.choice(("Moderated by", "Head of Service")), moderation.moderator),
            (rng.choice(("Date", "Date moderated")), when(moderation.date)),
            (rng.choice(("Do you agree with the overall judgement?", "Agree with judgement?")), agree),
            (rng.choice(("Moderated judgement", "HoS judgement")),
             informal_grade(rng, moderation.grade) if moderation.grade else ""),
            (rng.choice(("Comments", "Moderator's comments")), "\n".join(moderation.comments))]
    if rng.random() < 0.55:
        box_ink = ink if rng.random() < 0.6 else None
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            if value:
                write(row.cells[1], value, colour=box_ink, bold=text == rows[3][0])
        _heavy_border(box)
    else:
        for text, value in rows:
            if not value:
                continue
            line = paragraph(document, f"{text}: ", bold=True)
            for position, part in enumerate(value.split("\n")):
                if position:
                    line = paragraph(document)
                run(line, part, colour=ink)


def _heavy_border(box) -> None:
    """A heavy black border round the box, thin lines inside."""
    properties = box._tbl.tblPr
    borders = properties.makeelement(qn("w:tblBorders"), {})
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        heavy = side in ("top", "left", "bottom", "right")
        borders.append(borders.makeelement(qn(f"w:{side}"), {qn("w:val"): "single", qn("w:sz"): "18" if heavy else "4",
                                                             qn("w:space"): "0", qn("w:color"): "000000"}))
    later = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
                                          "tblDescription")}
    following = next((child for child in properties if child.tag in later), None)
    if following is None:
        properties.append(borders)
    else:
        following.addprevious(borders)
