"""Direct observation feedback form: a council's record of a manager
watching a practitioner's direct work with a child or family (a home visit,
a meeting, family time, a session at school or a parents' group at the
family hub), planned and written up around the "six Ws" of assessment –
why, when, who, what, where and in what way – and followed by criteria
graded on Ofsted's four grades, feedback, the practitioner's and the
family's voices, learning actions and the Head of Service's authorisation.

No council, children's trust, teaching partnership or health body the
search returned on observing practitioners' direct work (Warwickshire,
Merton, Waltham Forest, Knowsley, Bromley, Devon, Wirral, Leeds,
Hillingdon, Islington and Cardiff's CASCADE, Aberdeen City, the West of
Scotland, Skills for Care, Kingston University and St George's and the
London and South East HEI documents, the University of the West of
England, Sheffield Hallam, the Northern Ireland partnership) is unused:
each is named by another family or a council layout, and so is every
council in the four nations we checked. So this family is modelled on what
a university not yet used publishes: the University of Central Lancashire
(UCLan) and Clare Stone's "Transparency of Assessment in Practice
Education" (TAPE) model. What was read, as search excerpts only:

- the abstract of "Transparency of assessment in practice education: the
  TAPE model" (Clare Stone, School of Social Work, Care and Community,
  UCLan; Social Work Education 37 (8), 2018, 977–994,
  doi 10.1080/02615479.2018.1475556, as listed at social.alljournals.cn
  and informahealthcare.com): interviews with eight social work students
  at one university in England found that, on assessment, students
  focused mainly on the direct observations of their practice and on
  written work, and were less clear about the range of assessment methods
  and how each stakeholder contributes; the model sets out six Ws that
  make up assessment and is said to suit students, newly qualified social
  workers in their Assessed and Supported Year in Employment and other
  assessment in the workplace;
- UCLan's licence page "The Transparency of Assessment in Practice
  Education (TAPE) Model" (uclanip.co.uk): the six Ws – why, when, who,
  what, where and way – in a wheel; usable in any assessment relationship,
  including the workplace and with the recipients of a service; it may be
  split up one domain at a time, used as a template to write on, or its
  headings used to structure dialogue; start with "why"; prompts such as
  why assessment is taking place (to recognise competence, award a grade,
  judge quality), when is the most appropriate time to assess for a
  reliable picture of strengths, abilities and needs, and who will be
  involved (the excerpt stops there);
- the abstract of its extension, "Transparency of Assessment in Practice
  Environments" (Journal of Practice Teaching and Learning 16 (1), 2019,
  clok.uclan.ac.uk/26532): the model as a tool for dialogue about
  assessment to avoid misunderstanding and ambiguity, extended to wider
  settings including the assessment of the users of services.

None of these shows a form. Only the planning section set out under the
six Ws (with "why" first) follows the source; everything else is our own
judgement: that an English council would use such a form for observing
experienced practitioners; the five criteria and the prompts under them
(ours, not UCLan's); every label, prompt and sentence; the overall grade
in the form's words ("Overall assessment of the direct work observed");
and the layout itself.

What varies: the council's line in the page header or at the top; the six
Ws as a wheel of boxes (three by two), a two-column table with the prompt
under each W, or headed lines; who observed whom inside the "Who" box as
labelled lines (observer with or without a role; team and service shown
or not; plain or prefixed case references; a date of birth on some;
brothers and sisters at home named on five, one of them also named in the
evidence; the parents at a group by name); the criteria as a grid with a
grade column, a grid with four grade columns marked or shaded, or numbered
blocks; grades typed informally, a number on a printed 1–4 key either way
round, highlighted or emboldened among the four, the others struck
through, a mark under four grade columns or a Word drop-down; the overall
grade the same way or another; what went well and what could be better as
paragraphs, numbered points or side by side; the reflective discussion and
the safety answers typed, as ballot boxes or with the other answer struck
through (three safety answers yes); the practitioner's reflection and the
family's feedback; learning actions as a table, "Action n:" lines or a "no
actions" sentence; sign-off by the observer and the practitioner; and the
Head of Service's authorisation (four changing the grade, three confirming
it, three only commenting) typed in a colour that is not red as a labelled
box or through the form (remarks under criteria and an "HoS" line under
the overall grade), or in black in a heavy-bordered shaded box; on the
rest an empty box, an "awaiting" note or nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import OBSERVATION, STAFF, Moderation, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
from bot.samples.people import EARLY_HELP, FAMILY_SURNAMES, head_of_service_over
from bot.samples.phrases import fill
from bot.samples.population import sample_forms

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
    attendees,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
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

FAMILY = "direct_observation_feedback_form"
SEED = 10069
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The council's five criteria (its own names), each with a "look for" prompt.
CRITERIA = (
    ("Preparation and purpose",
     "Has read the latest information; the family know why the practitioner is there today."),
    ("Building the relationship",
     "Warm, honest and respectful; works at the family's pace and notices how people are feeling."),
    ("Hearing the child",
     "Sees and listens to the child (or keeps the children in mind in an adults' session)."),
    ("Talking about worries and strengths",
     "Names the worries clearly and fairly, and recognises what is going well."),
    ("Endings and next steps",
     "Closes with a summary of what happens next, who will do it and by when."),
)
GRADE_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
# The observer's evidence for a criterion, by the grade given; none names a grade.
EVIDENCE = {
    OUTSTANDING: (
        "Exceptional – {child} was clearly at ease and led parts of the session.",
        "Skilfully turned a difficult moment into a useful conversation about the plan.",
        "I would like this shared at the next practice forum as an example for others.",
    ),
    GOOD: (
        "Clear and consistent; checked understanding before moving on.",
        "Well prepared – knew the school's latest update and used it.",
        "Seen in how the practitioner spoke with {child} and the adults present.",
        "Solid throughout, with one small point we talked about afterwards.",
    ),
    REQUIRES_IMPROVEMENT: (
        "Seen at times but not consistently across the session.",
        "Drifted when the conversation became difficult; talked through afterwards.",
        "Some of the latest information had not been read before the visit.",
    ),
    INADEQUATE: (
        "Not seen during the observation.",
        "Missed important cues from {child}; discussed at length afterwards.",
        "Significant gaps that need picking up in supervision this week.",
    ),
}
TITLES = ("Direct Observation Feedback Form", "DIRECT OBSERVATION OF PRACTICE – FEEDBACK FORM",
          "Direct Work Observation: Feedback Form", "Observation of Direct Work – Feedback")
GUIDANCE = (
    "Plan the observation with the practitioner using the six Ws below, starting with why. Make sure the family "
    "have agreed to an observer. Feed back within five working days and complete the form together.",
    "Observer completes parts 1 to 4 and 6; the practitioner adds their reflection at part 5. Grade what you saw "
    "on the day, not the case record.",
)
OVERALL_LABELS = ("Overall assessment of the direct work observed", "OVERALL ASSESSMENT OF THE DIRECT WORK OBSERVED",
                  "Overall assessment of direct work observed")
WHY = (
    "Annual observation of practice agreed in supervision.",
    "The practitioner asked for feedback on their direct work with younger children.",
    "Part of the service's quarterly observation programme.",
    "Follow-up to the last observation, to see progress on the learning agreed then.",
)
WHY_GROUP = ("The practitioner asked for feedback on running group sessions.",
             "Part of the service's quarterly observation programme.")
WHERE_HOME = ("The family home", "Family home", "At home (mum's flat)", "Grandparents' house")
WHERE = {
    "Child protection conference": ("Civic Centre, conference room 2", "Council offices"),
    "Core group meeting": ("Family hub meeting room", "School meeting room"),
    "Family time session": ("Contact centre", "Family time room, Marsh End"),
    "Child in care review": ("Foster carer's home", "Council offices"),
    "Direct work session at school": ("School (quiet room)", "Primary school, family room"),
    "Group session at the family hub": ("Family hub, Eastfold", "Family hub, Lowmoor"),
}
WAY = ("Observer sat in and did not take part; feedback given straight after.",
       "Observer present for the whole session, observing only. Feedback the next day.",
       "Observed only; notes written up afterwards and talked through in a feedback meeting.")
TIMES = ("10.00am – 11.15am", "1.30pm – 2.45pm", "3.45pm – 5pm", "09:30–10:40", "after school, 3.30–4.30pm")
LEVELS = {"social": ("Social worker", "Senior practitioner", "Advanced practitioner", "Experienced social worker"),
          "early_help": ("Early Help practitioner", "Family support worker", "Senior family support worker")}
CONSENTS = ("Yes – parent agreed by phone the day before", "Verbal consent at the start of the visit", "Yes",
            "Yes – parent and young person agreed")
MEETING_CONSENTS = ("Chair and family agreed in advance", "Yes – agreed with the chair and parents")
GROUP_CONSENTS = ("Group told at the start; no one objected", "Parents agreed at the start of the session")
MEETINGS = ("Child protection conference", "Core group meeting", "Child in care review")
REFLECTIONS = (
    "Being observed made me more aware of how quickly I move on when a parent goes quiet.",
    "On reflection I should have given {child} more time before starting the activity.",
    "The feedback helped me see that my summary at the end was too rushed.",
    "I found it useful to plan the why and the way beforehand; I'd like to do that more often.",
    "I hadn't realised how much jargon I used until it was pointed out.",
)
FAMILY_FEEDBACK = (
    "Mum said the worker \"actually listens\" and she knew what would happen next.",
    "{child} said they liked the games and wanted the worker to come back.",
    "Dad said the visit was fair and things were explained properly.",
    "The family did not want to comment on the day.",
    "Mum said she felt rushed at the end.",
)
MEETING_FEEDBACK = (
    "Dad said the meeting was hard but the practitioner was fair with him.",
    "Mum said she understood the plan better because it was gone through with her first.",
    "The family did not want to comment on the day.",
)
GROUP_FEEDBACK = (
    "Two parents said this was the most useful session so far.",
    "{name} said the practitioner made everyone feel welcome.",
    "Parents asked for more time on mealtimes next week.",
)
SIBLING_LINES = (
    " {name} was home as well and was included naturally.",
    " The practitioner also made time for {name}, who wanted to join in.",
)
URGENT_DETAILS = (
    "During the visit {child} said mum's partner had pushed them into a door. Duty manager told before we left; "
    "a strategy discussion was held that afternoon.",
    "The home was in a very poor state (no food, exposed wiring in {child}'s room). Head of Service told the same "
    "day and a safety plan agreed with the parent before we left.",
    "{child} had bruising to the arm that mum could not explain. Discussed with the duty Practice Manager at once "
    "and a child protection medical arranged for the next morning.",
)
MEETING_URGENT_DETAILS = (
    "Mum said during the meeting that her ex-partner, who must not have contact, has been staying. Raised with "
    "the chair and the duty Practice Manager straight after; police informed the same day.",
    "School said at the meeting that {child} had not been collected for three days. Escalated to the Head of "
    "Service that afternoon and {child} was seen the same day.",
)
NO_ACTIONS = ("No learning actions needed from this observation.",
              "No further actions required at this time – keep doing what you are doing.",
              "None agreed – practice to be looked at again at the next observation.")
NOT_MODERATED = ("Awaiting Head of Service authorisation.", "Not selected for authorisation this month.")
CHANGE_NOTES = ("Having read the evidence under each criterion I have changed the overall assessment.",
                "The evidence supports a different overall assessment; amended after a conversation with the "
                "observer.")
CONFIRM_NOTES = ("I agree with the observer's overall assessment.", "Assessment confirmed – well evidenced.")
REMARKS = ("Helpful feedback. Please make sure the learning is followed up in supervision.",
           "Read. Good to see the family's voice recorded.")
CRITERION_REMARKS = ("Agree – well evidenced.", "Please pick this up in supervision.", "Agree with the observer.")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}
W_PROMPTS = {
    "why": ("Why", "Why is the observation taking place?"),
    "when": ("When", "Date and time"),
    "who": ("Who", "Who observed whom, and who else was there?"),
    "what": ("What", "What activity was observed?"),
    "where": ("Where", "Where did it take place?"),
    "way": ("Way", "In what way – the observer's role, consent and feedback"),
}


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _observations(today: date, count: int) -> list:
    drawn = count * 6
    while True:
        pool = [form for form in sample_forms(drawn, seed=SEED, today=today, feedback_question=True)
                if form.kind == OBSERVATION]
        if len(pool) >= count:
            return pool[:count]
        drawn *= 2


def _weekday(day: date) -> date:
    """The working day on or before `day`."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _criterion_grades(rng: random.Random, overall: str, count: int) -> list[str]:
    position = GRADES4.index(overall)
    grades = [GRADES4[min(3, max(0, position + rng.choice((-1, 0, 0, 0, 1))))] for _ in range(count)]
    if overall not in grades:
        grades[rng.randrange(count)] = overall
    return grades


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    chosen = _observations(today, count)
    with_child = [index for index, form in enumerate(chosen) if form.case_id is not None]
    urgent = set(rng.sample(with_child, min(3, len(with_child))))
    brothers = set(rng.sample(with_child, min(5, len(with_child))))
    order = [index for index in range(len(chosen)) if head_of_service_over(_staff(chosen[index].auditor))]
    rng.shuffle(order)
    outcomes = dict.fromkeys(order[:4], "changes") | dict.fromkeys(order[4:7], "confirms") \
        | dict.fromkeys(order[7:10], "comments")
    forms = []
    for index, sample in enumerate(chosen):
        if index in urgent:
            details = MEETING_URGENT_DETAILS if sample.setting in MEETINGS else URGENT_DETAILS
            sample = replace(sample, urgent_concern=True,
                             urgent_concern_detail=fill(rng.choice(details), sample.child.first_name))
        outcome = outcomes.get(index)
        if outcome:
            head = head_of_service_over(_staff(sample.auditor))
            grade: str | None = sample.grade
            if outcome == "changes":
                position = GRADES4.index(sample.grade)
                grade = GRADES4[position + 1] if position < 2 else GRADES4[position - 1]
                note = rng.choice(CHANGE_NOTES)
            elif outcome == "confirms":
                note = rng.choice(CONFIRM_NOTES)
            else:
                grade, note = None, rng.choice(REMARKS)
            sample = replace(sample, moderation=Moderation(
                moderator=head.name, date=min(_weekday(sample.date + timedelta(days=rng.randint(3, 12))), today),
                comments=(note,), grade=grade))
        elif sample.moderation is not None:
            sample = replace(sample, moderation=None)
        forms.append(_form(rng, index, sample, today, index in brothers))
    return forms


def _heavy_borders(grid, colour: str = "000000") -> None:
    """Give a table thick outside borders, as an authorisation box is drawn."""
    properties = grid._tbl.tblPr
    borders = properties.find(qn("w:tblBorders"))
    if borders is None:
        borders = properties.makeelement(qn("w:tblBorders"), {})
        later = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption")}
        following = next((child for child in properties if child.tag in later), None)
        if following is None:
            properties.append(borders)
        else:
            following.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": colour})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "808080"})


def _form(rng: random.Random, index: int, sample, today: date, with_brothers: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    words = rng.choice(GRADE_WORDS)
    key = rng.choice(KEYS)
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    ws_shape = rng.choice(("wheel", "rows", "lines"))
    criteria_shape = rng.choice(("grid", "columns", "blocks"))
    style = "columns" if criteria_shape == "columns" else rng.choice(
        ("typed", "key", "highlight", "bold", "strike", "dropdown"))
    overall_style = style if style != "columns" and rng.random() < 0.6 else rng.choice(
        ("typed", "key", "highlight", "bold", "strike", "dropdown", "columns"))
    lists_shape = rng.choice(("paragraphs", "numbers", "side"))
    answer_shape = rng.choice(("typed", "boxes", "strike"))
    actions_shape = rng.choice(("table", "table", "lines")) if sample.actions else "none"
    moderation = sample.moderation
    moderation_look = rng.choice(("box", "through", "black")) if moderation else rng.choice(("empty", "note", "none"))
    group = sample.case_id is None
    child = sample.child
    first_name = child.first_name if child else None
    present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    family = siblings(rng, child, rng.randint(1, 2), today) if with_brothers and child else []

    # The sample as this form carries it.
    grades = _criterion_grades(rng, sample.grade, len(CRITERIA))
    pools = {grade: rng.sample(EVIDENCE[grade], len(EVIDENCE[grade])) for grade in GRADES4}
    comments = []
    used = dict.fromkeys(GRADES4, 0)
    for grade in grades:
        texts = [text for text in pools[grade] if child or "{child}" not in text]
        comments.append(fill(texts[used[grade] % len(texts)], first_name))
        used[grade] += 1
    if family:
        spot = rng.randrange(len(comments))
        comments[spot] += rng.choice(SIBLING_LINES).format(name=family[0][0].split()[0])
    changes: dict = {"sections": tuple(Section(name, grade, comment)
                                       for (name, _), grade, comment in zip(CRITERIA, grades, comments))}
    if not group and rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.75
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if moderation and moderation_look == "through":
        remarked = rng.sample([name for name, _ in CRITERIA], rng.randint(1, 2))
        moderation = replace(moderation, section_comments={name: rng.choice(CRITERION_REMARKS) for name in remarked})
        changes["moderation"] = moderation
    sample = replace(sample, **changes)
    also: list[str] = []

    document = new_document(rng)
    line = council_line(rng)
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], line, bold=True, colour=brand, size=9)
    else:
        paragraph(document, line, bold=True, colour=brand, size=10)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=15)
    paragraph(document, rng.choice(GUIDANCE), italic=True, size=9)

    numbering = rng.choice(("Part {n}: {text}", "{n}. {text}", "{n}  {text}"))

    def part(number: int, text: str) -> None:
        brand_heading(document, numbering.format(n=number, text=text), brand)

    def grade_in(target_paragraph, grade: str, how: str) -> None:
        if how == "typed":
            run(target_paragraph, informal_grade(rng, grade, note_chance=0.15))
        elif how == "key":
            run(target_paragraph, str(key[grade]), bold=True)
        elif how == "dropdown":
            content_dropdown(target_paragraph._p, tuple(words[option] for option in GRADES4), words[grade], ids,
                             alias="Grade")
        else:
            for position, option in enumerate(GRADES4):
                if position:
                    run(target_paragraph, " / " if how == "strike" else "   ")
                chosen = option == grade
                run(target_paragraph, words[option], highlight=chosen and how == "highlight",
                    bold=chosen and how in ("bold", "highlight"), strike=not chosen and how == "strike")

    def print_key() -> None:
        ordered = sorted(GRADES4, key=lambda grade: key[grade])
        paragraph(document, "Grading key:   " + "    ".join(f"{key[grade]} = {GRADE_WORDS[0][grade]}"
                                                             for grade in ordered), italic=True, size=9)

    def answer(target_paragraph, yes: bool, *, yes_text: str = "Yes", no_text: str = "No") -> None:
        if answer_shape == "boxes":
            run(target_paragraph, f"{CHECKED_BOX if yes else UNCHECKED_BOX} Yes   "
                                  f"{UNCHECKED_BOX if yes else CHECKED_BOX} No")
        elif answer_shape == "strike":
            run(target_paragraph, "Yes", strike=not yes, bold=yes)
            run(target_paragraph, " / ")
            run(target_paragraph, "No", strike=yes, bold=not yes)
        else:
            run(target_paragraph, yes_text if yes else no_text)

    # --- 1. Planning: the six Ws ----------------------------------------------------------------
    part(1, rng.choice(("Planning the observation – the six Ws", "The six Ws", "Why, when, who, what, where, way")))
    kind = "early_help" if (_staff(sample.practitioner) and _staff(sample.practitioner).service == EARLY_HELP) \
        else "social"
    observer = _staff(sample.auditor)
    observer_text = sample.auditor
    if observer and observer.role in ROLES and rng.random() < 0.5:
        observer_text = f"{sample.auditor} ({ROLES[observer.role]})"
    who: list[tuple[str, str]] = [
        (rng.choice(("Observer", "Observed by", "Observer (name and role)")), observer_text),
        (rng.choice(("Practitioner observed", "Worker observed", "Practitioner")), sample.practitioner),
        (rng.choice(("Role", "Practitioner's role")), rng.choice(LEVELS[kind])),
    ]
    if show_team:
        who.append((rng.choice(("Team", "Practitioner's team")), sample.team))
    if show_service:
        who.append((rng.choice(("Service", "Service area")), sample.service))
    if group:
        who.append((rng.choice(("Case ref", "Case reference")), rng.choice(("N/A – group session", "n/a (group)"))))
        who.append((rng.choice(("Parents / carers attending", "Who attended")), ", ".join(present)))
        consent = rng.choice(GROUP_CONSENTS)
    else:
        who.append((rng.choice(("Case ref", "Child's ID", "LCS number", "Case reference")), sample.case_id))
        who.append((rng.choice(("Child", "Child's name", "Child / young person")), child.full_name))
        if rng.random() < 0.35:
            born = when(child.date_of_birth)
            also.append(born)
            who.append((rng.choice(("DOB", "Date of birth")), born))
        if family:
            if rng.random() < 0.5:
                listed = ", ".join(f"{name} ({_age(born, today)})" for name, born in family)
            else:
                listed = "; ".join(f"{name} (born {when(born)})" for name, born in family)
                also.extend(when(born) for _, born in family)
            who.append((rng.choice(("Brothers and sisters", "Other children at home")), listed))
        if sample.setting not in MEETINGS and rng.random() < 0.5:
            who.append(("Also present", " and ".join(child.parents)))
        consent = rng.choice(MEETING_CONSENTS if sample.setting in MEETINGS else CONSENTS)
    where = rng.choice(WHERE.get(sample.setting, WHERE_HOME))
    time_text = rng.choice(TIMES) if rng.random() < 0.6 else None
    way_lines = [rng.choice(WAY), f"{rng.choice(('Consent', 'Family consent', 'Consent from the family'))}: {consent}"]
    why_text = rng.choice(WHY_GROUP if group else WHY)

    def fill_w(cell, key_name: str) -> None:
        """Write one W's content into a table cell."""
        if key_name == "why":
            write(cell, why_text)
        elif key_name == "when":
            write(cell, when(sample.date))
            if time_text:
                write(cell, time_text)
        elif key_name == "who":
            for text, value in who:
                said = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
                run(said, f"{text}: ", bold=True)
                run(said, value)
        elif key_name == "what":
            write(cell, sample.setting)
        elif key_name == "where":
            write(cell, where)
        else:
            for text in way_lines:
                write(cell, text)

    order = ("why", "when", "who", "what", "where", "way")
    if ws_shape == "wheel":
        grid = table(document, 4, 3)
        for position, key_name in enumerate(order):
            row, column = 2 * (position // 3), position % 3
            heading, prompt = W_PROMPTS[key_name]
            label(grid.cell(row, column), f"{heading.upper()} – {prompt}", "DDEBF7")
            fill_w(grid.cell(row + 1, column), key_name)
    elif ws_shape == "rows":
        grid = table(document, len(order), 2)
        for row, key_name in zip(grid.rows, order):
            heading, prompt = W_PROMPTS[key_name]
            label(row.cells[0], f"{heading}?" if heading != "Way" else "Way", "F2F2F2")
            write(row.cells[0], prompt, italic=True, size=8)
            fill_w(row.cells[1], key_name)
    else:
        for key_name in order:
            heading, prompt = W_PROMPTS[key_name]
            said = paragraph(document, f"{heading.upper()}", bold=True, colour=brand)
            run(said, f"  ({prompt})", italic=True, size=8)
            if key_name == "who":
                for text, value in who:
                    typed = paragraph(document, f"{text}:", bold=True)
                    run(typed, "\t" + value)
            elif key_name == "when":
                paragraph(document, when(sample.date))
                if time_text:
                    paragraph(document, time_text)
            elif key_name == "way":
                for text in way_lines:
                    paragraph(document, text)
            else:
                paragraph(document, {"why": why_text, "what": sample.setting, "where": where}[key_name])
    document.add_paragraph()

    # --- 2. The criteria ---------------------------------------------------------------------------
    part(2, rng.choice(("What I observed", "Observation against the criteria")))
    if style == "key":
        print_key()
    remarks = moderation.section_comments if moderation and moderation_look == "through" else {}
    prompt_label = rng.choice(("Look for", "What we look for"))
    evidence_label = rng.choice(("Evidence", "What I saw and heard", "Observer's evidence"))
    grade_label = {"typed": "Grade", "key": "Grade (1–4, see key)", "dropdown": "Grade",
                   "highlight": "Grade – highlight one", "bold": "Grade – embolden one",
                   "strike": "Grade – delete as appropriate", "columns": "Grade"}[style]
    if criteria_shape in ("grid", "columns"):
        width = 2 + (len(columns) if style == "columns" else 1)
        grid = table(document, len(CRITERIA) + 1, width)
        label(grid.cell(0, 0), rng.choice(("Criterion", "Area of practice")), "DDEBF7")
        label(grid.cell(0, 1), evidence_label, "DDEBF7")
        if style == "columns":
            for cell, (_, text) in zip(grid.rows[0].cells[2:], columns):
                label(cell, text, "DDEBF7")
        else:
            label(grid.cell(0, 2), grade_label, "DDEBF7")
        for row, (name, prompt), section in zip(grid.rows[1:], CRITERIA, sample.sections):
            write(row.cells[0], name, bold=True)
            write(row.cells[0], f"{prompt_label}: {prompt}", italic=True, size=8)
            write(row.cells[1], section.comment)
            if name in remarks:
                write(row.cells[1], f"HoS: {remarks[name]}", colour=ink)
            if style == "columns":
                for cell, (option, _) in zip(row.cells[2:], columns):
                    if option == section.grade:
                        mark(cell, symbol)
            else:
                grade_in(row.cells[2].paragraphs[0], section.grade, style)
    else:
        for number, ((name, prompt), section) in enumerate(zip(CRITERIA, sample.sections), start=1):
            paragraph(document, f"2.{number}  {name}", bold=True, colour=brand)
            paragraph(document, f"{prompt_label}: {prompt}", italic=True, size=9)
            said = paragraph(document, f"{evidence_label}: ", bold=True)
            run(said, section.comment)
            if name in remarks:
                paragraph(document, f"HoS: {remarks[name]}", colour=ink)
            graded = paragraph(document, f"{grade_label}: ", bold=True)
            grade_in(graded, section.grade, style)
    document.add_paragraph()

    # --- 3. Overall ------------------------------------------------------------------------------------
    part(3, rng.choice(("Overall assessment", "Overall")))
    overall_label = rng.choice(OVERALL_LABELS)
    if overall_style == "key" and style != "key":
        print_key()
    if overall_style == "columns":
        box = table(document, 2, 1 + len(columns))
        merged = box.cell(0, 0).merge(box.cell(1, 0))
        label(merged, overall_label, "E2EFDA")
        for cell, (_, text) in zip(box.rows[0].cells[1:], columns):
            label(cell, text, "E2EFDA")
        for cell, (option, _) in zip(box.rows[1].cells[1:], columns):
            if option == sample.grade:
                mark(cell, symbol)
    else:
        box = table(document, 1, 2)
        label(box.cell(0, 0), overall_label, "E2EFDA")
        grade_in(box.cell(0, 1).paragraphs[0], sample.grade, overall_style)
    if moderation and moderation_look == "through":
        said = paragraph(document, f"HoS ({moderation.moderator}, {when(moderation.date)}): ", colour=ink, bold=True)
        if moderation.grade:
            agreed = moderation.grade == sample.grade
            verdict = rng.choice(("agree", "Agree")) if agreed else rng.choice(("do not agree", "Disagree"))
            run(said, f"{verdict} – overall assessment after authorisation ", colour=ink)
            run(said, informal_grade(rng, moderation.grade) if rng.random() < 0.5 else words[moderation.grade],
                colour=ink, bold=True)
            run(said, ". ", colour=ink)
        run(said, " ".join(moderation.comments), colour=ink)
    document.add_paragraph()

    # --- 4. Feedback conversation -------------------------------------------------------------------
    part(4, rng.choice(("Feedback conversation", "Feedback to the practitioner")))
    went_well = rng.choice(("What went well", "What went well?", "Strengths seen"))
    better = rng.choice(("What could be better", "Even better if", "What could be better?"))
    if lists_shape == "side":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), went_well, "E2EFDA")
        label(grid.cell(0, 1), better, "FCE4D6")
        for item in sample.strengths:
            write(grid.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(grid.cell(1, 1), f"\u2022 {item}")
    else:
        for heading, items in ((went_well, sample.strengths), (better, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if lists_shape == "numbers" else item)
    asked = paragraph(document, rng.choice(("Was a reflective discussion held after the observation? ",
                                            "Reflective conversation held with the practitioner? ")), bold=True)
    answer(asked, bool(sample.reflective_discussion), yes_text=rng.choice(("Yes", "Yes – the same day")),
           no_text=rng.choice(("No", "No – to be picked up in supervision")))
    document.add_paragraph()

    # --- 5. Voices --------------------------------------------------------------------------------------
    part(5, rng.choice(("The practitioner's reflection and the family's feedback", "Voices")))
    box = table(document, 2, 1)
    label(box.cell(0, 0), rng.choice(("Practitioner's reflection", "My reflection (practitioner to complete)")),
          "F2F2F2")
    thoughts = [thought for thought in REFLECTIONS if child or "{child}" not in thought]
    write(box.cell(0, 0), " ".join(fill(thought, first_name) for thought in rng.sample(thoughts, rng.randint(1, 2))))
    label(box.cell(1, 0), rng.choice(("Feedback from the child / family", "What the family said")), "F2F2F2")
    if group:
        write(box.cell(1, 0), rng.choice(GROUP_FEEDBACK).format(name=present[-1].split()[0]))
    else:
        pool = MEETING_FEEDBACK if sample.setting in MEETINGS else FAMILY_FEEDBACK
        write(box.cell(1, 0), fill(rng.choice(pool), first_name))
    document.add_paragraph()

    safety = paragraph(document, rng.choice(("Was there an immediate concern for a child's safety? ",
                                             "Did anything seen need an urgent safeguarding response? ")), bold=True)
    answer(safety, sample.urgent_concern, yes_text=rng.choice(("Yes", "YES")), no_text=rng.choice(("No", "None")))
    if sample.urgent_concern:
        detail = paragraph(document, rng.choice(("If yes, what was done: ", "Action taken: ")), bold=True)
        run(detail, sample.urgent_concern_detail)
    document.add_paragraph()

    # --- 6. Learning actions ----------------------------------------------------------------------------
    part(6, rng.choice(("Learning actions", "Learning from the observation")))
    if actions_shape == "table":
        headers = rng.choice((("Learning action", "Who", "By when"), ("Action", "Lead", "Target date")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    elif actions_shape == "lines":
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"Action {number}: {action.action}  Who: {action.owner}  By: {when(action.due)}")
    else:
        paragraph(document, rng.choice(NO_ACTIONS), italic=True)
    document.add_paragraph()

    # --- 7. Sign-off ----------------------------------------------------------------------------------------
    part(7, rng.choice(("Sign-off", "Signatures")))
    signed = min(_weekday(sample.date + timedelta(days=rng.randint(0, 4))), today)
    sign = table(document, 3, 3)
    for cell, text in zip(sign.rows[0].cells, ("", "Name", "Date")):
        label(cell, text, "F2F2F2")
    label(sign.cell(1, 0), "Observer")
    write(sign.cell(1, 1), sample.auditor)
    write(sign.cell(1, 2), when(signed))
    label(sign.cell(2, 0), "Practitioner")
    write(sign.cell(2, 1), sample.practitioner)
    write(sign.cell(2, 2), when(signed))
    document.add_paragraph()

    # --- Head of Service authorisation ----------------------------------------------------------------------
    heading = rng.choice(("Head of Service authorisation", "Read and authorised by Head of Service",
                          "HoS authorisation"))
    box_labels = (rng.choice(("Authorised by", "Head of Service")), rng.choice(("Date authorised", "Date")),
                  rng.choice(("Agree with the observer's assessment?", "Agree with overall assessment?")),
                  rng.choice(("Overall assessment after authorisation", "Head of Service's grade")),
                  rng.choice(("Comments", "Head of Service comments")))
    if moderation_look in ("box", "black"):
        brand_heading(document, heading, brand, size=11)
        values = [moderation.moderator, when(moderation.date), "", "", "\n".join(moderation.comments)]
        if moderation.grade:
            values[2] = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(
                ("No", "Disagree"))
            values[3] = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        colour = ink if moderation_look == "box" else None
        box = table(document, 5, 2)
        for row, text, value in zip(box.rows, box_labels, values):
            label(row.cells[0], text, "EDEDED")
            if value:
                write(row.cells[1], value, colour=colour, bold=value == values[3])
        if moderation_look == "black":
            for row in box.rows:
                shade(row.cells[1]._tc, "FFF2CC")
            _heavy_borders(box)
    elif moderation_look == "empty":
        brand_heading(document, heading, brand, size=11)
        box = table(document, 5, 2)
        for row, text in zip(box.rows, box_labels):
            label(row.cells[0], text, "EDEDED")
    elif moderation_look == "note":
        brand_heading(document, heading, brand, size=11)
        paragraph(document, rng.choice(NOT_MODERATED), italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(present) + tuple(name for name, _ in family)
    return held_out(FAMILY, index, sample, data, "docx", others=others, also=tuple(also))
