"""What goes on a form, before any layout decides how it looks.

`build_outline` turns a `SampleForm` and a `Wording` into a title and a list
of blocks (labelled fields, a graded-sections table, lists, actions, yes/no
questions, the overall judgement, the moderation box). Each layout in
`docx_layouts` and `xlsx_layouts` draws every kind of block in its own way,
so all layouts carry the same content for both audits and observations.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from .forms import OBSERVATION, SampleAction, SampleForm
from .people import PRACTITIONER, STAFF
from .wording import FEEDBACK_QUESTIONS, Wording

# Field kinds: how a layout may draw the value (a date picker for "date",
# one line each for "lines", a drop-down of `options` for "choice", a number
# cell for "case_id" in a spreadsheet).
TEXT, DATE, LINES, CHOICE, CASE_ID = "text", "date", "lines", "choice", "case_id"

# The teams with case-holding practitioners: the choices of a "Team" drop-down.
TEAMS = tuple(dict.fromkeys(member.team for member in STAFF if member.role == PRACTITIONER))
LEGAL_STATUSES = ("Child in Need", "Child Protection", "Child in Care", "Care Leaver", "Early Help")


@dataclass(frozen=True)
class Field:
    """A labelled value. `value` None means the author left it blank."""

    label: str
    value: str | date | tuple[str, ...] | None
    kind: str = TEXT
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Details:
    heading: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class SectionRow:
    name: str
    grade: str
    comment: str
    moderator_comment: str | None


@dataclass(frozen=True)
class SectionGrades:
    heading: str
    area_label: str
    grade_label: str
    comments_label: str
    rows: tuple[SectionRow, ...]


@dataclass(frozen=True)
class ItemList:
    heading: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class ActionTable:
    heading: str
    columns: tuple[str, str, str]
    actions: tuple[SampleAction, ...]


@dataclass(frozen=True)
class YesNo:
    """A yes/no question; `detail_label` is None where the form asks for no
    detail."""

    question: str
    answer: bool
    detail_label: str | None = None
    detail: str | None = None


@dataclass(frozen=True)
class Judgement:
    label: str
    grade: str


@dataclass(frozen=True)
class ModerationBox:
    """The Head of Service's box. Present, with blank values, on forms that
    have not been moderated yet; `judgement_label` is None where the form
    asks for no moderated judgement (an observation's authorisation)."""

    heading: str
    moderator: Field
    moderated_on: Field
    comments_label: str
    comments: tuple[str, ...]
    judgement_label: str | None
    grade: str | None

    @property
    def moderated(self) -> bool:
        return bool(self.comments) or self.grade is not None


Block = Details | SectionGrades | ItemList | ActionTable | YesNo | Judgement | ModerationBox


@dataclass(frozen=True)
class Outline:
    kind: str
    title: str
    wording: Wording
    blocks: tuple[Block, ...]


def build_outline(sample: SampleForm, wording: Wording, rng: random.Random) -> Outline:
    """Return the blocks of `sample`'s form in `wording`; `rng` places the
    overall judgement (after the grades, or near the end, as forms vary)."""
    title = sample.title.upper() if wording.title_in_capitals else sample.title
    if sample.kind == OBSERVATION:
        return Outline(sample.kind, title, wording, _observation_blocks(sample, wording))
    return Outline(sample.kind, title, wording, _audit_blocks(sample, wording, rng))


def _audit_blocks(sample: SampleForm, wording: Wording, rng: random.Random) -> tuple[Block, ...]:
    label = wording.label
    child = sample.child
    moderation = sample.moderation
    section_remarks = moderation.section_comments if moderation else {}
    child_details = Details(
        wording.labels["child_heading"],
        (
            Field(label("case_id"), sample.case_id, CASE_ID),
            Field(label("child_name"), child.full_name if child else None),
            Field(label("date_of_birth"), child.date_of_birth if child else None, DATE),
            Field(label("address"), (*child.address_lines, child.postcode) if child else None, LINES),
            Field(label("parents"), ", ".join(child.parents) if child else None),
        ),
    )
    audit_details = Details(
        wording.labels["audit_heading"],
        (
            Field(label("practitioner"), sample.practitioner),
            Field(label("team"), sample.team, CHOICE, TEAMS),
            Field(label("service"), sample.service),
            Field(label("auditor"), sample.auditor),
            Field(label("audit_date"), sample.date, DATE),
            *_optional_fields(wording, rng),
        ),
    )
    sections = SectionGrades(
        wording.labels["sections_heading"],
        wording.labels["area"],
        wording.labels["grade_column"],
        wording.labels["comments_column"],
        tuple(
            SectionRow(section.name, section.grade, section.comment, section_remarks.get(section.name))
            for section in sample.sections
        ),
    )
    judgement = Judgement(label("overall_grade"), sample.grade)
    urgent = YesNo(
        wording.labels["urgent_question"],
        sample.urgent_concern,
        label("urgent_detail"),
        sample.urgent_concern_detail,
    )
    lists_and_actions = (
        ItemList(wording.labels["strengths"], sample.strengths),
        ItemList(wording.labels["development_areas"], sample.development_areas),
        ActionTable(wording.labels["actions"], wording.labels["action_columns"], sample.actions),
    )
    box = _moderation_box(
        sample, wording, "moderation_heading", "moderator", "moderation_date", "moderated_grade"
    )
    judgement_first = rng.random() < 0.5
    if sample.feedback_sought is not None:
        # Asked beside the urgent-concern question, as forms ask both of every audit.
        urgent = (YesNo(rng.choice(FEEDBACK_QUESTIONS), sample.feedback_sought), urgent)
    else:
        urgent = (urgent,)
    if judgement_first:
        return (child_details, audit_details, sections, judgement, *lists_and_actions, *urgent, box)
    return (child_details, audit_details, sections, *lists_and_actions, *urgent, judgement, box)


def _observation_blocks(sample: SampleForm, wording: Wording) -> tuple[Block, ...]:
    label = wording.label
    fields = [
        Field(label("observer"), sample.auditor),
        Field(label("observed"), sample.practitioner),
        Field(label("team"), sample.team, CHOICE, TEAMS),
        Field(label("service"), sample.service),
        Field(label("setting"), sample.setting),
        Field(label("observation_date"), sample.date, DATE),
    ]
    if sample.child is not None:
        fields[4:4] = [
            Field(label("case_id"), sample.case_id, CASE_ID),
            Field(label("child_name"), sample.child.full_name),
        ]
    fields.append(_legal_status(wording))
    blocks: list[Block] = [
        Details(wording.labels["observation_heading"], tuple(fields)),
        ItemList(wording.labels["went_well"], sample.strengths),
        ItemList(wording.labels["even_better"], sample.development_areas),
        YesNo(wording.labels["reflective"], bool(sample.reflective_discussion)),
    ]
    if sample.actions:
        blocks.append(
            ActionTable(wording.labels["actions"], wording.labels["action_columns"], sample.actions)
        )
    blocks.append(Judgement(label("observation_grade"), sample.grade))
    blocks.append(
        _moderation_box(sample, wording, "authorisation_heading", "authorised_by", "authorisation_date", None)
    )
    return tuple(blocks)


def _moderation_box(
    sample: SampleForm,
    wording: Wording,
    heading_key: str,
    moderator_key: str,
    date_key: str,
    judgement_key: str | None,
) -> ModerationBox:
    moderation = sample.moderation
    return ModerationBox(
        heading=wording.labels[heading_key],
        moderator=Field(wording.label(moderator_key), moderation.moderator if moderation else None),
        moderated_on=Field(wording.label(date_key), moderation.date if moderation else None, DATE),
        comments_label=wording.label("moderation_comments"),
        comments=moderation.comments if moderation else (),
        judgement_label=wording.label(judgement_key) if judgement_key else None,
        grade=moderation.grade if moderation else None,
    )


def _legal_status(wording: Wording) -> Field:
    """An optional drop-down the author left untouched: real forms carry
    several, and a parser must read them as empty, not as a value."""
    return Field(wording.label("legal_status"), None, CHOICE, LEGAL_STATUSES)


def _optional_fields(wording: Wording, rng: random.Random) -> tuple[Field, ...]:
    """The untouched legal status, and on some forms a blank optional date."""
    if rng.random() < 0.5:
        return (_legal_status(wording),)
    return (_legal_status(wording), Field(wording.label("optional_date"), None, DATE))
