"""Multi-agency thematic audit report: a safeguarding partnership's audit
of one theme across a handful of children's cases, written up on a Word
template after the audit meeting. About the audit (the topic, why it was
chosen, who led it, the date of the audit meeting, the period of practice
looked at, the agencies that returned audits, the service audited), the
cases audited one to a row, what was found (what is working well and
what needs to improve), what children and families told the auditors,
the overall judgement of the multi-agency response or a conclusion in
words, recommendations with a lead and a timescale, and the sign-off of
the Head of Service or Assistant Director who owns the report.

Modelled on the multi-agency audits the Sutton Local Safeguarding
Children Partnership publishes on its "LSCPR and audit learning" pages
(for example its child sexual abuse audit): a statement of what the audit
sought assurance about, the scope (the referral and assessment pathway,
the quality of assessments and plans, the help given), the auditors'
rating of each case on the Ofsted scale summarised across the sample
("half of the auditors rated ... good or outstanding"), the findings, and
recommendations phrased as assurance to be given to the partnership. The
pages publish the learning, not the form, so the layout is our own
judgement: the overview as a two-column table, a four-column table or
labelled lines; the table of cases (a system reference with or without a
prefix, or "Child A" with none, the child's name, initials or neither,
age, plan, a rating per case or none); a rating summary line; the overall
judgement typed informally, as ticked boxes or highlighted among the four,
or no judgement but a conclusion; findings as a two-column table or under
headings; recommendations as a table or numbered lines, or a sentence
saying none were made; and the sign-off box typed in the signatory's
colour, left waiting, or left off the template. A case's rating belongs
to that case, not to an area of practice: the report grades no areas, and
its grade is the overall judgement where it gives one.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction
from bot.samples.people import CHILD_FIRST_NAMES, FAMILY_SURNAMES, invent_case_id, manager_of
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

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
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    new_document,
    paragraph,
    recount,
    run,
    table,
    write,
)

FAMILY = "themed_audit_report"
PARTNERSHIP = f"{COUNCIL.replace(' Council', '')} Local Safeguarding Children Partnership"
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
BOX_WORDS = dict(zip(GRADE_ORDER, ("Outstanding", "Good", "Requires improvement", "Inadequate")))

# The partnership's own audit topics, each with what the audit sought assurance about.
THEMES = (
    ("Child sexual abuse in the family environment",
     "children who have experienced, or are at risk of, sexual abuse in the family are identified and protected"),
    ("Children at risk of criminal exploitation",
     "children drawn into county lines and other criminal exploitation are recognised early and kept safe"),
    ("Domestic abuse – the response at the front door",
     "notifications of domestic abuse are shared promptly and lead to the right help for the children"),
    ("Children missing from home and care",
     "return home interviews take place and what children say is used in their plans"),
    ("Transition to adulthood for disabled young people",
     "disabled young people are prepared for adult services well before their eighteenth birthday"),
    ("Physical abuse of non-mobile babies",
     "bruising in babies who are not yet mobile is referred and assessed in line with the protocol"),
    ("Harmful sexual behaviour",
     "children who display harmful sexual behaviour get an assessment and help for themselves as well as "
     "protection for others"),
)
# What the partnership writes for the sample builder's themes.
SAMPLE_AIM = "practice in this area meets the partnership's expectations and makes a difference for the children"
SCOPES = (
    "The audit looked at the referral and assessment pathway, the quality of assessments and plans, and the "
    "help given to the children and their families.",
    "Agencies completed a single-agency audit of each case before the audit meeting, where the findings were "
    "discussed and agreed.",
    "Each agency audited its own records for the period; the audit meeting brought the returns together.",
)
AGENCIES = ("Children's Social Care", "Police", "Community health services", "Schools", "Early Help",
            "CAMHS", "Youth Justice Service", "Housing", "Acute hospital trust", "GP practices")
PLANS = ("CIN", "CP", "CLA", "Early Help", "CIN (s17)", "Strategy only – NFA", "CP plan", "Child in Need")
LEARNING = ("Strategy discussion without health", "Referrer not told the outcome", "No genogram on file",
            "Plan not updated after the incident", "Child seen alone at every visit", "Prompt joint visit",
            "Return interview not offered", "Father not involved", "School not invited to the meeting",
            "Clear safety plan shared with family")
STRENGTHS = (
    "In 4 of the 6 cases audited the strategy discussion was held promptly and included every agency that knew "
    "the child.",
    "Practitioners knew the children well and described their daily lives in detail.",
    "Schools referred with clear reasons and, where it was safe, with the family's consent.",
    "Health colleagues shared what they knew quickly when asked.",
    "Children were seen on their own at visits wherever it was safe to do so.",
)
DEVELOPMENT = (
    "In 3 of the 6 cases audited the outcome of the strategy discussion was not shared with agencies who were "
    "not at the meeting.",
    "Genograms were missing or out of date, so the wider family were not considered as a support.",
    "Plans did not say what needed to change for the child or by when.",
    "Referrers were not routinely told what had happened to their referral.",
)
VOICES = (
    "One young person said her social worker listened to her but she did not know who to call at weekends.",
    "A parent told us the meetings were held at times he could not attend because of work.",
    "Two young people said they had to tell their story too many times to different professionals.",
    "A mother said the safety plan was written in words she understood and she knew what was expected of her.",
    "One young person said the youth worker was the first adult who had asked what he wanted.",
)
NO_VOICES = ("Families were not contacted as part of this audit.",
             "No feedback was gathered from children or families this time; see recommendation below.")
RECOMMENDATIONS = (
    "Assurance to be provided to the LSCP that strategy meetings include a representative from health.",
    "Children's Social Care to share the outcome of every strategy discussion with all agencies involved, "
    "including those not present.",
    "Children's Social Care to provide assurance on the use of genograms in assessments.",
    "The LSCP to promote the multi-agency protocol for this theme through the next practitioner briefing.",
    "Designated safeguarding leads to be reminded how to escalate when a referral receives no feedback.",
    "Re-audit the theme in six months to test whether the learning has changed practice.",
)
OWNERS = ("Head of Service", "Designated Nurse", "Detective Inspector, Public Protection", "LSCP Business Manager",
          "Education Safeguarding Lead", "QA Subgroup chair")
NO_RECOMMENDATIONS = ("No new recommendations – the learning will be shared in the LSCP's practitioner briefing.",
                      "No further recommendations were made by the audit group.")
CONCLUSIONS = (
    "The partnership's response to this theme is improving, but it is not yet consistent across agencies: "
    "where agencies met early the children were safer sooner.",
    "Children were protected in every case audited; the learning is about sharing information after the "
    "strategy discussion and keeping plans up to date.",
    "The audit group found committed practice, held back by gaps in information sharing between agencies.",
)
SIGN_OFF_COMMENTS = (
    "I have read the agency returns and the notes of the audit meeting and agree the findings.",
    "Agree the recommendations. The re-audit should include Early Help cases.",
    "Findings shared with the QA Subgroup; progress on the actions to come back in three months.",
    "Agreed at the QA Subgroup.",
)
AWAITING = ("To be signed off at the next QA Subgroup.", "")
ROLES = {"head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "qa_team": "Quality Assurance Team", "safeguarding_practice_manager": "Safeguarding Practice Manager"}
# Who leads a partnership audit when the Head of Service does not.
LEADS = ("Angela Moorcroft", "Sarah Hollins", "Liam Doherty")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(7317)
    samples = tool_samples(count, seed=7317, today=today, kinds=(THEMATIC_AUDIT,))
    # What each file does, spread over the family and shuffled.
    graded = _spread(rng, count, 10)
    # Six graded reports signed off with a judgement or comments, two ungraded ones with comments.
    signed = {True: iter(_spread(rng, 10, 6)), False: iter(_spread(rng, count - 10, 2))}
    plan = {
        "graded": graded,
        "moderated": [next(signed[flag]) for flag in graded],
        "lead": _spread(rng, count, 6),
        "lettered": _spread(rng, count, 2),
        "no_service": _spread(rng, count, 3),
        "no_actions": _spread(rng, count, 3),
    }
    # The overall judgements of the graded reports, spread over the four.
    judgements = [OUTSTANDING, GOOD, GOOD, GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT,
                  INADEQUATE, INADEQUATE, GOOD]
    rng.shuffle(judgements)
    grades = iter(judgements)
    plan["grade"] = [next(grades) if flag else None for flag in graded]
    # What the signatory of each signed, graded report concluded: agreed, changed, or comments only.
    verdicts = ["agree", "agree", "agree", "change", "change", "comments"]
    rng.shuffle(verdicts)
    verdict = iter(verdicts)
    plan["verdict"] = [next(verdict) if grade and signs else "comments"
                       for grade, signs in zip(plan["grade"], plan["moderated"])]
    return [_form(rng, index, sample, today, {key: flags[index] for key, flags in plan.items()})
            for index, sample in enumerate(samples)]


def _spread(rng: random.Random, count: int, chosen: int) -> list[bool]:
    flags = [True] * chosen + [False] * (count - chosen)
    rng.shuffle(flags)
    return flags


def _member(name: str):
    return next(member for member in STAFF if member.name == name)


def _with_role(rng: random.Random, name: str) -> str:
    role = ROLES.get(_member(name).role, "")
    if not role:
        return name
    return rng.choice((name, f"{name}, {role}", f"{name} ({role})"))


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    own = {field.key: field for field in sample.own}
    count = own["cases_sampled"].expected
    case_ids = (list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own
                else [invent_case_id(rng) for _ in range(count)])
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    references = [f"{prefix}{case_id}" for case_id in case_ids]

    # The theme: the partnership's own topic or the sample's.
    if rng.random() < 0.55:
        theme, aim = rng.choice(THEMES)
    else:
        theme, aim = own["theme"].expected, SAMPLE_AIM
    fields = [ToolField("theme", "Audit topic", theme, theme),
              ToolField("cases_sampled", "Cases audited", str(count), count)]
    if not plan["lettered"]:
        fields.append(ToolField("sampled_case_ids", "", None, references))

    changes = {
        "own": tuple(fields),
        "strengths": recount(tuple(rng.sample(STRENGTHS, len(sample.strengths))), count),
        "development_areas": recount(tuple(rng.sample(DEVELOPMENT, len(sample.development_areas))), count),
    }
    head = sample.auditor
    auditor = head
    if plan["lead"]:
        auditor = rng.choice(LEADS)
        changes["auditor"] = auditor
    if plan["no_service"]:
        changes["service"] = None
    recommendations = rng.sample(RECOMMENDATIONS, len(sample.actions))
    owners = [rng.choice((f"{head} (Head of Service)", head, rng.choice(OWNERS))) for _ in sample.actions]
    changes["actions"] = () if plan["no_actions"] else tuple(
        SampleAction(text, owner, action.due) for text, owner, action in zip(recommendations, owners, sample.actions))
    grade = plan["grade"]
    if grade:
        changes["grade"] = grade
    moderation = None
    if plan["moderated"]:
        signatory = head if plan["lead"] else manager_of(_member(head)).name
        signed = min(today, sample.date + timedelta(days=rng.randint(3, 14)))
        moderated_grade = {"agree": grade, "change": _neighbour(rng, grade) if grade else None}.get(plan["verdict"])
        comments = tuple(rng.sample(SIGN_OFF_COMMENTS, rng.randint(1, 2)))
        moderation = Moderation(signatory, signed, comments, grade=moderated_grade)
        changes["moderation"] = moderation
    sample = replace(sample, **changes)

    # Each case: a reference, the child (named, initials or not at all), age, plan, a rating.
    naming = rng.choice(("initials", "none") if plan["lettered"] else ("name", "name", "initials", "initials", "none"))
    children = [(f"{first} {surname}", f"{first[0]}.{surname[0]}.", rng.randint(0, 17))
                for first, surname in zip(rng.sample(CHILD_FIRST_NAMES, count), rng.sample(FAMILY_SURNAMES, count))]
    rated = rng.random() < (0.75 if grade else 0.4)
    ratings = [_case_grade(rng, grade) for _ in range(count)]

    document = new_document(rng, landscape=rng.random() < 0.3)
    header = document.sections[0].header.paragraphs[0]
    run(header, PARTNERSHIP, bold=True, colour=brand)
    run(header, rng.choice(("\tOFFICIAL – SENSITIVE", "\tOFFICIAL-SENSITIVE (when complete)", "")))
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"LSCP multi-agency audit report template v{rng.choice(('1.3', '2', '2.1'))} – "
                f"Quality Assurance Subgroup", size=8)
    brand_heading(document, PARTNERSHIP, brand, size=12)
    title = rng.choice(("Multi-Agency Thematic Audit Report", "Thematic Audit – Findings and Recommendations",
                        "Multi-agency Thematic Audit: Summary of Learning", "Thematic Audit Report"))
    brand_heading(document, title, brand, size=16)
    numbered = rng.choice(("{n}. {text}", "Section {n} – {text}", "{text}"))

    def heading(number: int, text: str) -> None:
        brand_heading(document, numbered.format(n=number, text=text), brand)

    # 1. About the audit.
    heading(1, rng.choice(("About the audit", "Audit overview", "Background and scope")))
    lead_label = rng.choice(("Audit lead", "Lead auditor", "Audit led by", "Chair of the audit meeting"))
    date_label = rng.choice(("Date of audit meeting", "Audit meeting held on", "Date of multi-agency audit day",
                             "Audit discussion date"))
    first_month = sample.date.replace(day=1) - timedelta(days=rng.choice((90, 150, 180)))
    rows = [
        (rng.choice(("Audit topic", "Theme", "Theme of the audit")), theme),
        ("Purpose", f"A multi-agency audit was undertaken to seek assurance that {aim}."),
        (lead_label, _with_role(rng, auditor)),
        (date_label, when(sample.date)),
    ]
    if rng.random() < 0.7:
        rows.append((rng.choice(("Period of practice reviewed", "Audit period")),
                     f"{first_month:%B %Y} to {sample.date:%B %Y}"))
    if sample.service:
        rows.append((rng.choice(("Service area audited", "Service", "Lead service")), sample.service))
    rows.append((rng.choice(("Agencies taking part", "Agencies that returned audits")),
                 ", ".join(rng.sample(AGENCIES, rng.randint(3, 6)))))
    if rng.random() < 0.6:
        words = ("four", "five", "six", "seven", "eight")[count - 4] if 4 <= count <= 8 else str(count)
        rows.append((rng.choice(("Number of cases audited", "Cases audited", "Sample size")),
                     rng.choice((str(count), f"{count} (see section 2)", words.capitalize()))))
    rows.append(("Scope", rng.choice(SCOPES)))
    shape = rng.choice(("two", "two", "four", "lines"))
    if shape == "two":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif shape == "four":
        short = [pair for pair in rows if pair[0] not in ("Purpose", "Scope")]
        grid = table(document, (len(short) + 1) // 2, 4)
        for position, (text, value) in enumerate(short):
            cells = grid.rows[position // 2].cells
            label(cells[2 * (position % 2)], text, "F2F2F2")
            write(cells[2 * (position % 2) + 1], value)
        for text, value in rows:
            if text in ("Purpose", "Scope"):
                line = paragraph(document, f"{text}: ", bold=True)
                run(line, value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # 2. The cases audited.
    heading(2, rng.choice(("Cases audited", "The children whose cases were audited", "Audit sample")))
    columns = ["No.", rng.choice(("Case ref", "Mosaic ID", "LCS no.", "Case number"))]
    if plan["lettered"]:
        columns = ["Case"]
    if naming == "name":
        columns.append(rng.choice(("Child", "Child's name", "Name")))
    elif naming == "initials":
        columns.append("Initials")
    columns += ["Age", rng.choice(("Plan", "Status at audit", "Level of need"))]
    if rated:
        columns.append(rng.choice(("Rating", "Auditors' rating", "Multi-agency rating", "Grade")))
    columns.append(rng.choice(("Main learning", "Key issue", "Learning point")))
    cases = table(document, count + 1, len(columns))
    for cell, text in zip(cases.rows[0].cells, columns):
        label(cell, text, "D9E2F3")
    for position, row in enumerate(cases.rows[1:]):
        name, initials, age = children[position]
        values = [f"Child {'ABCDEFGH'[position]}"] if plan["lettered"] else [str(position + 1), references[position]]
        if naming == "name":
            values.append(name)
        elif naming == "initials":
            values.append(initials)
        values += [rng.choice((f"{age}", f"{age} yrs", f"{age}y")) if age else rng.choice(("8 months", "5 months")),
                   rng.choice(PLANS)]
        if rated:
            values.append(informal_grade(rng, ratings[position], note_chance=0.2))
        values.append(rng.choice(LEARNING))
        for cell, value in zip(row.cells, values):
            write(cell, value)
    if rated and rng.random() < 0.6:
        better = sum(rating in (OUTSTANDING, GOOD) for rating in ratings)
        paragraph(document, f"Of the {count} cases audited, {better} {'was' if better == 1 else 'were'} rated good "
                            f"or outstanding and {count - better} below that.", italic=True)
    document.add_paragraph()

    # 3. Findings.
    heading(3, rng.choice(("What we found", "Key findings", "Findings")))
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Good practice identified", "Areas for development"),
                           ("Strengths", "Learning and areas for improvement")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), headings[0], "E2EFD9")
        label(grid.cell(0, 1), headings[1], "FBE4D5")
        for item in sample.strengths:
            write(grid.cell(1, 0), item)
        for item in sample.development_areas:
            write(grid.cell(1, 1), item)
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for text, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, text, bold=True)
            for item in items:
                paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # 4. What children and families told us.
    heading(4, rng.choice(("What children and families told us", "Voice of children and families",
                           "Feedback from children, young people and parents")))
    if rng.random() < 0.8:
        for voice in rng.sample(VOICES, rng.randint(1, 3)):
            paragraph(document, voice)
    else:
        paragraph(document, rng.choice(NO_VOICES))
    document.add_paragraph()

    # 5. Overall judgement, or a conclusion in words.
    if grade:
        heading(5, rng.choice(("Overall judgement", "Conclusion and overall rating")))
        label_text = rng.choice(("Overall judgement of the multi-agency response",
                                 "Overall rating for the theme", "Audit group's overall judgement"))
        style = rng.choice(("typed", "typed", "boxes", "highlight"))
        if style == "typed":
            line = paragraph(document, f"{label_text}: ", bold=True)
            run(line, informal_grade(rng, grade, note_chance=0.3))
        elif style == "boxes":
            line = paragraph(document, f"{label_text}:  ", bold=True)
            for position, option in enumerate(GRADE_ORDER):
                mark = "\u2612" if option == grade else "\u2610"
                run(line, f"{'   ' if position else ''}{mark} {BOX_WORDS[option]}")
        else:
            paragraph(document, label_text, bold=True)
            line = paragraph(document)
            for position, option in enumerate(GRADE_ORDER):
                if position:
                    run(line, " / ")
                run(line, BOX_WORDS[option], bold=option == grade, highlight=option == grade)
        if rng.random() < 0.6:
            paragraph(document, rng.choice(CONCLUSIONS))
    else:
        heading(5, "Conclusion")
        paragraph(document, rng.choice(CONCLUSIONS))
    document.add_paragraph()

    # 6. Recommendations.
    heading(6, rng.choice(("Recommendations", "Recommendations and actions", "Partnership action plan")))
    if sample.actions:
        if rng.random() < 0.65:
            headers = rng.choice((("No.", "Recommendation", "Lead", "Timescale"),
                                  ("Ref", "Recommendation", "Owner", "By when", "Progress"),
                                  ("", "Action", "Responsible agency / person", "Target date")))
            grid = table(document, len(sample.actions) + 1, len(headers))
            for cell, text in zip(grid.rows[0].cells, headers):
                label(cell, text, "D9E2F3")
            for number, (row, action) in enumerate(zip(grid.rows[1:], sample.actions), start=1):
                write(row.cells[0], f"R{number}" if headers[0] == "Ref" else str(number))
                write(row.cells[1], action.action)
                write(row.cells[2], action.owner)
                write(row.cells[3], when(action.due))
                if len(headers) == 5:
                    write(row.cells[4], rng.choice(("Not started", "", "In progress")))
        else:
            for number, action in enumerate(sample.actions, start=1):
                line = paragraph(document, f"{number}. {action.action} ")
                run(line, f"Lead: {action.owner}. By: {when(action.due)}.", italic=True)
    else:
        paragraph(document, rng.choice(NO_RECOMMENDATIONS))
    document.add_paragraph()

    # 7. Sign-off: typed in the signatory's colour, waiting, or not on this version of the template.
    box = moderation is not None or rng.random() < 0.6
    if box:
        heading(7, rng.choice(("Sign-off", "Head of Service sign-off", "Agreement of the report")))
        rows = [rng.choice(("Signed off by", "Agreed by", "Name")), "Date",
                rng.choice(("Comments", "Sign-off comments"))]
        if grade:
            rows.append(rng.choice(("Moderated judgement", "Agreed overall judgement")))
        grid = table(document, len(rows), 2)
        for row, text in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(grid.cell(0, 1), _with_role(rng, moderation.moderator), colour=ink)
            write(grid.cell(1, 1), when(moderation.date), colour=ink)
            for comment in moderation.comments:
                write(grid.cell(2, 1), comment, colour=ink)
            if moderation.grade:
                write(grid.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
        else:
            note = rng.choice(AWAITING)
            if note:
                write(grid.cell(2, 1), note, italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    named = tuple(name for name, _, _ in children) if naming == "name" else ()
    return held_out(FAMILY, index, sample, data, "docx", others=named)


def _neighbour(rng: random.Random, grade: str) -> str:
    position = GRADE_ORDER.index(grade)
    options = [GRADE_ORDER[step] for step in (position - 1, position + 1) if 0 <= step < len(GRADE_ORDER)]
    return rng.choice(options)


def _case_grade(rng: random.Random, overall: str | None) -> str:
    if overall is None:
        return rng.choices(GRADE_ORDER, weights=(5, 45, 40, 10))[0]
    return overall if rng.random() < 0.6 else _neighbour(rng, overall)
