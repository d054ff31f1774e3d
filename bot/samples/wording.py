"""How one council's form words things: label synonyms, grade and date
spellings, the moderator's ink colour.

A `Wording` is drawn from a seeded `random.Random`, so a layout and a
variant seed always give the same wording. Every label is one a real form
uses; the parser is expected to recognise all of them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from .people import AUDIT_MAILBOX, COUNCIL

OUTSTANDING = "Outstanding"
GOOD = "Good"
REQUIRES_IMPROVEMENT = "Requires Improvement to be Good"
INADEQUATE = "Inadequate"
# The Ofsted ILACS judgements, best first, spelled as the `parse --json`
# contract spells them. Declared here rather than imported from `bot.forms`
# so that the samples stay independent of the parser they are used to test.
GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# How forms write each judgement. A form may use one style for its section
# grades and another for the overall judgement.
GRADE_SPELLINGS = {
    "contract": dict(zip(GRADES, GRADES)),
    "sentence": dict(zip(GRADES, ("Outstanding", "Good", "Requires improvement to be good", "Inadequate"))),
    "short": dict(zip(GRADES, ("Outstanding", "Good", "Requires improvement", "Inadequate"))),
    "capitals": dict(zip(GRADES, ("OUTSTANDING", "GOOD", "REQUIRES IMPROVEMENT TO BE GOOD", "INADEQUATE"))),
    "initials": dict(zip(GRADES, ("Outstanding", "Good", "RI", "Inadequate"))),
}

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# name -> (how a person types it, the Word date-picker format that shows the
# same text or None where Word has no such format). Written out rather than
# strftime, whose "%-d" is not portable and whose month names follow locale.
DATE_STYLES = {
    "dd/mm/yyyy": (lambda d: f"{d.day:02}/{d.month:02}/{d.year}", "dd/MM/yyyy"),
    "d/m/yy": (lambda d: f"{d.day}/{d.month}/{d.year % 100:02}", "d/M/yy"),
    "d mon yyyy": (lambda d: f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}", "d MMM yyyy"),
    "d month yyyy": (lambda d: f"{d.day} {_MONTHS[d.month - 1]} {d.year}", "d MMMM yyyy"),
    "dth month yyyy": (lambda d: f"{_ordinal(d.day)} {_MONTHS[d.month - 1]} {d.year}", None),
    "weekday dth month yyyy": (
        lambda d: f"{_WEEKDAYS[d.weekday()]} {_ordinal(d.day)} {_MONTHS[d.month - 1]} {d.year}",
        None,
    ),
    "dd.mm.yyyy": (lambda d: f"{d.day:02}.{d.month:02}.{d.year}", "dd.MM.yyyy"),
}
WORD_DATE_STYLES = tuple(name for name, (_, word_format) in DATE_STYLES.items() if word_format)

# Colours Heads of Service type their moderation in (2018 framework:
# "typing their comments in a different colour on to the audit form").
MODERATION_COLOURS = ("C00000", "0070C0", "7030A0", "00B050", "FF0000")


def format_date(value: date, style: str) -> str:
    """Return `value` written in the named `DATE_STYLES` style."""
    return DATE_STYLES[style][0](value)


def word_date_format(style: str) -> str | None:
    """Return the Word date-picker format for a date style, or None."""
    return DATE_STYLES[style][1]


def spell_grade(grade: str, style: str) -> str:
    """Return a contract grade written in the named `GRADE_SPELLINGS` style."""
    return GRADE_SPELLINGS[style][grade]


# Label synonyms, each seen on real forms. Tuples of tuples are column sets.
LABELS: dict[str, tuple] = {
    "case_id": ("Child ID", "Child's LCS number", "Case Number", "Mosaic ID", "LCS ID", "Child's ID number"),
    "child_name": ("Child's name", "Name of child", "Child / young person", "Child's full name"),
    "date_of_birth": ("Date of birth", "DOB", "D.O.B."),
    "address": ("Address", "Child's address", "Home address"),
    "parents": ("Parents' names", "Parent(s)/carer(s)", "Parents / carers", "Names of parents"),
    "practitioner": ("Social worker", "Allocated social worker", "Practitioner", "Allocated worker"),
    "team": ("Team", "Team name", "Team/Unit"),
    "service": ("Service", "Service area"),
    "auditor": ("Auditor", "Audited by", "Name of auditor", "Auditor name"),
    "audit_date": ("Date of audit", "Audit date", "Date audit completed"),
    "child_heading": ("Child's details", "Case details", "About the child", "Section 1: Case information"),
    "audit_heading": ("Audit details", "About the audit", "Audit information"),
    "sections_heading": ("Audit findings", "Quality of practice", "Grading by area of practice"),
    "area": ("Area of practice", "Domain", "Theme", "Practice standard"),
    "grade_column": ("Grade", "Judgement", "Grading"),
    "comments_column": ("Evidence/comments", "Evidence", "Auditor's comments", "Comments and evidence"),
    "strengths": ("Strengths", "What is working well?", "Areas of strength", "Key strengths"),
    "development_areas": (
        "Areas for development",
        "What needs to improve?",
        "Areas for improvement",
        "Development areas",
    ),
    "actions": (
        "Actions",
        "Case-specific actions",
        "Actions required (by who, by when)",
        "Recommended actions",
    ),
    "action_columns": (
        ("Action", "By whom", "By when"),
        ("Action required", "Responsible", "Timescale"),
        ("Action", "Who", "Date to be completed by"),
        ("Actions", "By who", "By when"),
    ),
    "urgent_question": (
        "Are there any immediate safeguarding concerns for the child?",
        "Are there any urgent concerns about the child's safety?",
        "Urgent concerns identified?",
        "Does this case need escalating to the Head of Service because of a concern for the child's safety?",
    ),
    "urgent_detail": (
        "If yes, please give details",
        "Details of concern and action taken",
        "If yes, what action has been taken?",
    ),
    "overall_grade": ("Overall grade", "Overall judgement", "Overall grading", "Auditor's overall judgement"),
    "moderation_heading": ("Head of Service moderation", "Moderation", "Moderation by Head of Service"),
    "moderator": ("Moderated by", "Head of Service", "Moderator", "Name of moderator"),
    "moderation_date": ("Date of moderation", "Moderation date", "Date moderated"),
    "moderation_comments": ("Moderator's comments", "Head of Service comments", "Moderation comments"),
    "moderated_grade": ("Moderated judgement", "Moderator's judgement", "HoS moderated grade"),
    "legal_status": ("Legal status", "Child's legal status", "Plan type"),
    "optional_date": ("Date case allocated", "Re-audit date (if inadequate)"),
    "observer": ("Observer", "Observed by", "Name of observer", "Manager completing observation"),
    "observed": ("Practitioner observed", "Name of practitioner", "Worker observed"),
    "observation_date": ("Date of observation", "Observation date", "Date"),
    "setting": ("Setting", "What was observed", "Type of activity observed", "Setting / activity"),
    "observation_heading": ("Observation details", "About the observation", "Details of observation"),
    "went_well": ("What went well?", "What went well", "Strengths observed"),
    "even_better": ("Even better if", "Areas for development", "What could be improved?"),
    "reflective": (
        "Was a reflective discussion held with the practitioner?",
        "Reflective discussion held?",
        "Reflective discussion completed with practitioner?",
    ),
    "observation_grade": ("Overall grade", "Overall judgement of practice observed", "Observation grade"),
    "authorisation_heading": (
        "Head of Service authorisation",
        "Read and authorised by Head of Service",
        "Head of Service comments",
    ),
    "authorised_by": ("Authorised by", "Head of Service", "Read by"),
    "authorisation_date": ("Date authorised", "Date read"),
}

_COUNCIL_LINES = (COUNCIL, f"{COUNCIL} Children's Services", f"{COUNCIL.upper()} – Children and Families")
_AUDIT_GUIDANCE = (
    "Please complete every section. Grade each area of practice as Outstanding, Good, "
    "Requires Improvement to be Good or Inadequate, and give the evidence for your judgement.",
    "Any immediate concern about a child's safety must be raised with the Head of Service "
    "on the day it is found.",
    "Heads of Service: type your comments in a different colour and conclude with your moderated judgement.",
    f"Return the completed tool to {AUDIT_MAILBOX} by the last working day of the month.",
)
_OBSERVATION_GUIDANCE = (
    "Agree the observation with the practitioner in advance, and hold a reflective discussion afterwards.",
    f"Heads of Service read and authorise each observation and send it to {AUDIT_MAILBOX} "
    "by the 14th of the month.",
)


@dataclass(frozen=True)
class Wording:
    """The words one form uses: `labels[key]` is the label chosen for each
    `LABELS` key, and the rest say how grades and dates are spelled."""

    labels: dict
    council_line: str
    title_in_capitals: bool
    guidance: tuple[str, ...]
    guidance_italic: bool
    section_grade_style: str
    overall_grade_style: str
    date_style: str
    moderation_colour: str
    label_colon: bool

    def label(self, key: str) -> str:
        """The label for `key`, with the colon some forms put after labels."""
        text = self.labels[key]
        return f"{text}:" if self.label_colon and not text.endswith("?") else text

    def date(self, value: date) -> str:
        return format_date(value, self.date_style)

    def section_grade(self, grade: str) -> str:
        return spell_grade(grade, self.section_grade_style)

    def overall_grade(self, grade: str) -> str:
        return spell_grade(grade, self.overall_grade_style)


# Questions forms ask about seeking the child's and family's views (2025
# framework 2.4, item 7). Drawn apart from `LABELS`, so forms that do not ask keep their wording.
FEEDBACK_QUESTIONS = (
    "Were the child's and family's views sought as part of this audit?",
    "Was feedback sought from the child and family during the audit?",
    "Have the child and family been asked for their views?",
)


def choose_wording(
    rng: random.Random, kind: str, *, date_styles: tuple[str, ...] = tuple(DATE_STYLES)
) -> Wording:
    """Draw one form's wording from `rng`. `kind` picks the guidance;
    `date_styles` limits the date spellings (a Word date picker cannot
    write "3rd")."""
    labels = {key: rng.choice(choices) for key, choices in LABELS.items()}
    guidance_pool = _OBSERVATION_GUIDANCE if kind == "observation" else _AUDIT_GUIDANCE
    guidance_count = rng.randint(1, len(guidance_pool))
    return Wording(
        labels=labels,
        council_line=rng.choice(_COUNCIL_LINES),
        title_in_capitals=rng.random() < 0.3,
        guidance=guidance_pool[:guidance_count],
        guidance_italic=rng.random() < 0.6,
        section_grade_style=rng.choice(tuple(GRADE_SPELLINGS)),
        overall_grade_style=rng.choice(tuple(GRADE_SPELLINGS)),
        date_style=rng.choice(date_styles),
        moderation_colour=rng.choice(MODERATION_COLOURS),
        label_colon=rng.random() < 0.3,
    )
