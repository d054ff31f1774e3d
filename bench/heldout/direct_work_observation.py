"""Practice Week observation of direct work: a senior or line manager sits
in on a practitioner's direct work with a family (a home visit, a core
group, a conference, a child in care review, a session at school or at the
family hub), asks the family first, and writes up what they saw in the
practice model's own terms: where the work sat in the "with / to / for /
not" window of relationship-based (restorative) practice, what went well,
what would make it even better, what the family said, the worker's own
reflection, the learning agreed, whether anything needed a safeguarding
response that day, and how good the practice was overall. The Practice
Week lead or Head of Service then reads the record and countersigns it.

Modelled on the London Borough of Tower Hamlets' "Practice Week" (the
council's 2022 account: councillors, senior leaders and partners spend a
week with social care staff to observe and audit practice, discuss cases
and hear from families; an Ofsted monitoring visit after the 2017
inspection found performance management enhanced by "practice weeks")
and the relationship-based model Tower Hamlets describes on its Learning
Academy pages (doing things with people rather than to or for them; high
support and high challenge). The published pages describe the week and
the model, not a form, so the layout is our own judgement: the record
opens with a band of boxes each holding its label over its answer, a
table of questions ("Who observed?", "Whose practice was observed?") or a
first-person opening sentence with a few labelled lines (the service then
unnamed); who was there, the family's agreement and their address; the
window with the observed quadrant shaded (in some files); the findings
as headed boxes, as a two-column table or side by side; the overall
judgement typed informally, as four cards with one shaded, ticked,
highlighted or in capitals, with the other three struck through, or in a
sentence; the learning as a table, as numbered lines, a "none" sentence
or left empty; and the countersignature box, typed in the
countersigner's colour or not, in three files with their own judgement.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from docx.shared import Pt

from bot.samples import OBSERVATION, STAFF, Moderation, sample_forms
from bot.samples.ooxml import shade

from .common import (
    ATTENDEE_SENTENCES,
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    attendees,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "direct_work_observation"
GROUP_SETTING = "Group session at the family hub"

ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "head_of_service": "Head of Service",
         "assistant_director": "Assistant Director", "director": "Director of Children's Services"}
WORKER_ROLES = {"Early Help": "Family Support Worker", "Safeguarding and Quality Assurance": "Independent Reviewing Officer"}

# The four cards of the overall judgement, in the tool's words.
CARDS = (
    (OUTSTANDING, "Outstanding"),
    (GOOD, "Good"),
    (REQUIRES_IMPROVEMENT, "Requires improvement to be good"),
    (INADEQUATE, "Inadequate"),
)
CARD_HINTS = {
    OUTSTANDING: "the family would say it changed things",
    GOOD: "purposeful, warm and clear",
    REQUIRES_IMPROVEMENT: "kind but not yet purposeful",
    INADEQUATE: "the child was not kept in mind",
}
SENTENCE_WORDS = {OUTSTANDING: "outstanding", GOOD: "good", REQUIRES_IMPROVEMENT: "requiring improvement to be good",
                  INADEQUATE: "inadequate"}
WINDOW = ("WITH", "TO", "FOR", "NOT")
WINDOW_HINTS = {"WITH": "high challenge, high support", "TO": "high challenge, low support",
                "FOR": "low challenge, high support", "NOT": "low challenge, low support"}

SAW = {
    "Home visit": "Planned visit to the family home to review how the plan is going since the last meeting.",
    "Child protection conference": "Review child protection conference; the worker presented the report and "
                                   "the family's views.",
    "Core group meeting": "Core group held at the family's request in the community room near their home.",
    "Family time session": "Supervised family time at the contact centre, with time before and after with the "
                           "carer.",
    "Child in care review": "Child in care review chaired by the reviewing officer, with the carer and school "
                            "present.",
    "Direct work session at school": "One-to-one session in a quiet room at school using drawing and the "
                                     "worries and wishes cards.",
    GROUP_SETTING: "Weekly parenting group at the family hub (six parents, two practitioners).",
}
FAMILY_SAID = (
    "{parent} said the worker \"actually listens\" and that she knew what would happen next.",
    "{parent} told me the meeting felt less scary than the last one because it was explained first.",
    "{parent} said she would have liked the report a day earlier.",
    "{parent} said the worker is the first one who has asked the children what they think.",
)
FAMILY_NOT_ASKED = ("Not asked – the family had to leave straight after the meeting.",
                    "Family declined to give feedback on the day.")
REFLECTIONS = (
    "The worker felt the session went as planned and recognised that she could have slowed down when explaining "
    "the plan.",
    "We talked about how the worker balanced challenge and support; the worker wants to try scaling questions "
    "next time.",
    "The worker said she was nervous about being observed but found the conversation afterwards helpful.",
)
NO_REFLECTION = ("No – the worker was called to a duty visit; the conversation will happen in supervision.",
                 "Not yet – worker on leave the following week.")
NO_ACTIONS = ("No further learning actions agreed.", "None agreed.", "Nothing further at this stage.")
URGENT = (
    "During the visit {child} said an adult at home had hit them. The worker stayed with {child} and rang the "
    "Practice Manager; a strategy discussion was held the same afternoon.",
    "The home conditions had deteriorated sharply since the last visit and there was no safe sleeping space for "
    "{child}. Raised with the Head of Service before leaving; an urgent visit is booked for tomorrow.",
)
CONSENT_ASKED = ("Yes – the worker asked the family when booking the visit.",
                 "Yes, verbal consent at the start of the session.", "Yes – agreed by both parents on the phone.")
TITLES = ("Practice Week – Observation of Direct Work", "Observation of Direct Work", "Direct Work Observation Record",
          "Practice Week: observing practice with families")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(9413)
    pool = [sample for sample in sample_forms(400, seed=9413, today=today) if sample.kind == OBSERVATION]
    groups = [sample for sample in pool if sample.setting == GROUP_SETTING][:2]
    single = [sample for sample in pool if sample.setting != GROUP_SETTING]
    moderated = [sample for sample in single if sample.moderation][:6]
    plain = [sample for sample in single if not sample.moderation][: count - len(groups) - len(moderated)]
    chosen = groups + moderated + plain
    rng.shuffle(chosen)
    # Two files raise a safeguarding concern seen on the day; three
    # countersigners give their own judgement as well as their remarks.
    urgent = {id(sample) for sample in rng.sample([sample for sample in chosen if sample.child], 2)}
    graded = {id(sample) for sample in rng.sample([sample for sample in chosen if sample.moderation], 3)}
    return [_form(rng, index, sample, today, id(sample) in urgent, id(sample) in graded)
            for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _worker_role(service: str, rng: random.Random) -> str:
    return WORKER_ROLES.get(service) or rng.choice(("Social Worker", "Senior Practitioner", "Social Worker (ASYE)"))


def _form(rng: random.Random, index: int, sample, today: date, urgent: bool, graded: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    opening = rng.choice(("band", "questions", "sentence"))
    group = sample.child is None
    changes: dict = {}
    household = [] if group else siblings(rng, sample.child, rng.randint(0, 2), today)
    parents_at_group = attendees(rng, ("Nowak", "Mensah", "Brennan", "Lindley", "Quigley"), 3) if group else []
    if not group and rng.random() < 0.75:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if opening == "sentence" or (opening == "band" and rng.random() < 0.4):
        changes["service"] = None  # the record names the team, not the service
    if urgent:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT).format(child=sample.child.first_name)
    if sample.moderation and graded:
        step = rng.choice((0, 0, 1, -1))
        position = min(max(list(g for g, _ in CARDS).index(sample.grade) + step, 0), 3)
        changes["moderation"] = replace(sample.moderation, grade=CARDS[position][0])
    sample = replace(sample, **changes)
    child = sample.child
    moderation: Moderation | None = sample.moderation

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tOFFICIAL – SENSITIVE")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Direct work observation – {rng.choice(('v1.3', 'v2', 'Practice Week edition'))}", size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Ask the family first. Watch, don't join in. Talk with the worker afterwards, then write "
                        "this up within five working days.", italic=True, size=9)

    observer = sample.auditor
    role = _role(observer)
    worker_role = _worker_role(_service_of(sample.practitioner), rng)
    observer_text = rng.choice((f"{observer} ({role})", observer, f"{observer}, {role}")) if role else observer
    case_text = sample.case_id or rng.choice(("N/A – group session", "n/a (group)"))
    case_label = rng.choice(("Child's Mosaic number", "Mosaic ID", "Child's record no."))
    setting_label = rng.choice(("What did you observe?", "Type of direct work", "Activity observed"))

    if opening == "band":
        band = table(document, 2, 3)
        cells = [
            ("WHO OBSERVED", observer_text),
            ("WHOSE PRACTICE", sample.practitioner),
            ("WHEN", when(sample.date)),
            ("TEAM", sample.team),
            (case_label.upper(), case_text),
            (setting_label.upper(), sample.setting),
        ]
        for position, (text, value) in enumerate(cells):
            cell = band.cell(position // 3, position % 3)
            write(cell, text, bold=True, colour=brand, size=8)
            write(cell, value)
        if sample.service:
            run(paragraph(document, "Service area: ", bold=True), sample.service)
    elif opening == "questions":
        rows = [
            ("Who observed?", observer_text),
            ("Whose practice was observed?", rng.choice((sample.practitioner,
                                                         f"{sample.practitioner}, {worker_role}"))),
            ("Worker's team", sample.team),
            ("Service", sample.service),
            ("Date of observation", when(sample.date)),
            (setting_label, sample.setting),
            (case_label, case_text),
        ]
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    else:
        line = paragraph(document)
        run(line, f"On {when(sample.date)} I, {observer}{f' ({role})' if role else ''}, observed the direct work of "
                  f"{sample.practitioner}, {worker_role} in {sample.team}.")
        for text, value in ((setting_label, sample.setting), (case_label, case_text)):
            labelled = paragraph(document, f"{text} ", bold=True)
            run(labelled, value)
    document.add_paragraph()

    # The family: who was there and whether they agreed.
    brand_heading(document, "The family and their agreement", brand, size=12)
    if group:
        present = ", ".join(parents_at_group) + f" and three other parents; {sample.practitioner} and a colleague"
    else:
        people = [child.full_name, *child.parents, *(name for name, _ in household)]
        present = ", ".join(people) + f"; {sample.practitioner}"
        if sample.setting in ("Child protection conference", "Core group meeting", "Child in care review"):
            present += rng.choice(("; school and health visitor", "; school, GP surgery (by phone)", "; carer"))
    facts = table(document, 3 if group else 4, 2)
    label(facts.cell(0, 0), "Who was there?", "EDEDED")
    write(facts.cell(0, 1), present)
    label(facts.cell(1, 0), "Did the family agree to you observing?", "EDEDED")
    if rng.random() < 0.5:
        write(facts.cell(1, 1), rng.choice(CONSENT_ASKED))
    else:
        write(facts.cell(1, 1), "Yes \u2612    No \u2610")
    label(facts.cell(2, 0), "Anything to know first (language, disability, risk to staff)?", "EDEDED")
    write(facts.cell(2, 1), rng.choice(("No.", "One parent's first language is Polish; an interpreter was offered and declined.",
                                        "Lone working risk flag on the address – observer went with the worker.")))
    if not group:
        label(facts.cell(3, 0), "Home address", "EDEDED")
        write(facts.cell(3, 1), ", ".join((*child.address_lines, child.postcode)))
    document.add_paragraph()

    # What was seen.
    brand_heading(document, "What I saw", brand, size=12)
    paragraph(document, SAW[sample.setting])
    if rng.random() < 0.5:
        quadrant = "WITH" if sample.grade in (OUTSTANDING, GOOD) else rng.choice(("FOR", "TO"))
        if sample.grade == INADEQUATE:
            quadrant = rng.choice(("TO", "NOT"))
        paragraph(document, "Where did the work sit in the relationship window?", bold=True)
        window = table(document, 2, 2)
        for position, word in enumerate(WINDOW):
            cell = window.cell(position // 2, position % 2)
            write(cell, f"{word} – {WINDOW_HINTS[word]}", bold=word == quadrant)
            if word == quadrant:
                shade(cell._tc, "D9D9D9")
        document.add_paragraph()

    # What went well, what would make it even better.
    good_label = rng.choice(("What went well", "What went well?", "Strengths I saw"))
    better_label = rng.choice(("Even better if", "What could be even better?", "What would make it better"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    findings = rng.choice(("boxes", "rows", "side"))
    if findings == "side":
        side = table(document, 2, 2)
        label(side.cell(0, 0), good_label, "E2EFD9")
        label(side.cell(0, 1), better_label, "FBE4D5")
        for item in sample.strengths:
            write(side.cell(1, 0), f"{bullet}{item}")
        for item in sample.development_areas:
            write(side.cell(1, 1), f"{bullet}{item}")
    elif findings == "rows":
        rows = table(document, 2, 2)
        for row, text, items in zip(rows.rows, (good_label, better_label),
                                    (sample.strengths, sample.development_areas)):
            label(row.cells[0], text, "EDEDED")
            for item in items:
                write(row.cells[1], f"{bullet}{item}")
    else:
        for text, items in ((good_label, sample.strengths), (better_label, sample.development_areas)):
            brand_heading(document, text, brand, size=11)
            box = table(document, 1, 1)
            for item in items:
                write(box.cell(0, 0), f"{bullet}{item}")
    document.add_paragraph()

    # The family's voice and the worker's reflection.
    brand_heading(document, rng.choice(("What the family said", "Feedback from the family")), brand, size=12)
    if rng.random() < 0.8:
        if group:
            paragraph(document, mention(rng, ATTENDEE_SENTENCES, parents_at_group[0]))
        else:
            paragraph(document, rng.choice(FAMILY_SAID).format(parent=rng.choice(child.parents).split()[0]))
        if household and rng.random() < 0.5:
            paragraph(document, f"{household[0][0].split()[0]} joined in at the end and said the worker was "
                                f"\"alright\".")
    else:
        paragraph(document, rng.choice(FAMILY_NOT_ASKED), italic=True)
    brand_heading(document, rng.choice(("The worker's reflection", "Reflective conversation afterwards")), brand,
                  size=12)
    held = paragraph(document, "Reflective conversation held with the worker? ", bold=True)
    if sample.reflective_discussion:
        run(held, rng.choice(("Yes", "Yes – straight after the visit", "Yes, the next morning")))
        paragraph(document, rng.choice(REFLECTIONS))
    else:
        run(held, rng.choice(NO_REFLECTION))
    document.add_paragraph()

    # Safeguarding on the day.
    brand_heading(document, "Anything needing a safeguarding response today?", brand, size=12)
    if sample.urgent_concern:
        paragraph(document, rng.choice(("Yes", "YES – see below")), bold=True)
        paragraph(document, sample.urgent_concern_detail)
    else:
        paragraph(document, rng.choice(("No", "No.", "None seen")))
    document.add_paragraph()

    # The overall judgement.
    brand_heading(document, rng.choice(("How good was the practice I saw?", "Overall judgement of the observed practice")),
                  brand, size=12)
    _judgement(document, rng, sample.grade)
    document.add_paragraph()

    # Learning and next steps.
    brand_heading(document, rng.choice(("Learning and next steps", "Learning agreed with the worker")), brand, size=12)
    if sample.actions:
        if rng.random() < 0.55:
            steps = table(document, len(sample.actions) + 1, 3)
            for cell, text in zip(steps.rows[0].cells, rng.choice((("Next step", "Who", "By"),
                                                                   ("What we agreed", "Owner", "By when")))):
                label(cell, text, "EDEDED")
            for row, action in zip(steps.rows[1:], sample.actions):
                write(row.cells[0], action.action)
                write(row.cells[1], action.owner)
                write(row.cells[2], when(action.due))
        else:
            for number, action in enumerate(sample.actions, start=1):
                paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    elif rng.random() < 0.6:
        paragraph(document, rng.choice(NO_ACTIONS))
    document.add_paragraph()

    # Countersignature.
    brand_heading(document, rng.choice(("Countersigned – Head of Service", "Practice Week lead / Head of Service")),
                  brand, size=12)
    sign = table(document, 4 if graded else 3, 2)
    row_labels = ["Read by", "Date", "Comments"] + (["Your judgement of the practice"] if graded else [])
    for row, text in zip(sign.rows, row_labels):
        label(row.cells[0], text, "EDEDED")
    if moderation:
        coloured = rng.random() < 0.7
        look = {"colour": ink} if coloured else {}
        write(sign.cell(0, 1), moderation.moderator, **look)
        write(sign.cell(1, 1), when(moderation.date), **look)
        for comment in moderation.comments:
            write(sign.cell(2, 1), comment, **look)
        if graded and moderation.grade:
            agree = "Agree – " if moderation.grade == sample.grade else "Do not agree – "
            write(sign.cell(3, 1), agree + informal_grade(rng, moderation.grade), bold=True, **look)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(name for name, _ in household) + tuple(parents_at_group)
    also = tuple(when(born) for _, born in household) + tuple(born.isoformat() for _, born in household)
    if child:
        also += (when(child.date_of_birth),)
    return held_out(FAMILY, index, sample, data, "docx", others=others, also=also)


def _service_of(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return member.service if member else ""


def _judgement(document, rng: random.Random, grade: str) -> None:
    """The overall judgement in one of the ways managers fill the cards in."""
    style = rng.choices(("typed", "cards", "struck", "sentence"), weights=(30, 35, 15, 20))[0]
    if style == "typed":
        line = paragraph(document, rng.choice(("My judgement: ", "Overall: ", "Judgement – ")), bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.4))
    elif style == "cards":
        marker = rng.choice(("shade", "tick", "highlight", "bold"))
        cards = table(document, 2, 4)
        for position, (value, words) in enumerate(CARDS):
            top, hint = cards.cell(0, position), cards.cell(1, position)
            chosen = value == grade
            text = f"{words} \u2713" if chosen and marker == "tick" else words
            if chosen and marker == "bold":
                text = words.upper()
            write(top, text, bold=chosen and marker in ("bold", "tick"), highlight=chosen and marker == "highlight")
            write(hint, CARD_HINTS[value], italic=True)
            for paragraph_ in hint.paragraphs:
                for piece in paragraph_.runs:
                    piece.font.size = Pt(8)
            if chosen and marker == "shade":
                shade(top._tc, "A6A6A6")
    elif style == "struck":
        line = paragraph(document)
        for position, (value, words) in enumerate(CARDS):
            if position:
                run(line, "  /  ")
            run(line, words, strike=value != grade, bold=value == grade)
    else:
        paragraph(document, f"Overall I would describe the practice I saw as {SENTENCE_WORDS[grade]}"
                            f"{rng.choice(('.', ', for the reasons above.', ' – see what went well.'))}")
