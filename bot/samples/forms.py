"""The truth of an invented completed form.

A `SampleForm` says what a manager wrote: the case, the people, the grades,
the strengths and actions, any urgent concern and any Head of Service
moderation. `expected()` is what a parser should read back from any file
built from it (`build_docx`, `build_xlsx`), and `personal_data()` what must
never come out. `population.sample_forms` invents them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .people import Child
from .wording import DATE_STYLES, format_date

# Form kinds as the `parse --json` contract names them. Early Help managers
# audit Early Help cases on their own tool (2018 framework, "Auditing
# schedule for Early Help and Schools").
CASE_FILE_AUDIT = "case_file_audit"
EARLY_HELP_AUDIT = "early_help_audit"
OBSERVATION = "observation"
KINDS = (CASE_FILE_AUDIT, EARLY_HELP_AUDIT, OBSERVATION)


@dataclass(frozen=True)
class Section:
    """One graded area of practice and the auditor's evidence for the grade."""

    name: str
    grade: str
    comment: str


@dataclass(frozen=True)
class SampleAction:
    """A case-specific action, 'by who by when' (2025 framework §3.1)."""

    action: str
    owner: str
    due: date


@dataclass(frozen=True)
class Moderation:
    """What a Head of Service typed in colour on the form.

    `comments` go in the moderation box, `section_comments` (section name to
    remark) after the auditor's evidence for that section. `grade` is the
    moderated judgement the moderator concluded with: the same as the
    auditor's, a different one, or None when they left comments only.
    """

    moderator: str
    date: date
    comments: tuple[str, ...]
    section_comments: dict[str, str] = field(default_factory=dict)
    grade: str | None = None


@dataclass(frozen=True)
class SampleForm:
    """One completed audit or observation form, as its author meant it.

    For an observation, `auditor` is the observer and `practitioner` the
    person observed; `sections` is empty; `setting` and
    `reflective_discussion` are set. A group-session observation is about no
    one child: `case_id` and `child` are then None. Grades are spelled as in
    `GRADES`. Change a field with `dataclasses.replace`.
    """

    kind: str
    title: str
    case_id: str | None
    child: Child | None
    auditor: str
    practitioner: str
    team: str
    service: str
    date: date
    grade: str
    sections: tuple[Section, ...]
    strengths: tuple[str, ...]
    development_areas: tuple[str, ...]
    actions: tuple[SampleAction, ...]
    urgent_concern: bool = False
    urgent_concern_detail: str | None = None
    moderation: Moderation | None = None
    setting: str | None = None
    reflective_discussion: bool | None = None
    feedback_sought: bool | None = None  # None: the form does not ask

    @property
    def section_grades(self) -> dict[str, str]:
        return {section.name: section.grade for section in self.sections}

    @property
    def moderated_grade(self) -> str | None:
        return self.moderation.grade if self.moderation else None

    @property
    def final_grade(self) -> str:
        """The moderator's judgement where there is one: it stands (2018
        framework, "the judgement reached by the moderator")."""
        return self.moderated_grade or self.grade

    def expected(self) -> dict[str, Any]:
        """Return what a parser should read from this form.

        Keys that are also `parse --json` keys hold that key's exact value;
        the rest summarise a part whose wording a parser may rightly change
        (free text loses the child's name): `moderated` (the form carries
        moderator comments or a moderated judgement), `action_count`,
        `action_due_dates` (ISO, in form order), `strength_count`,
        `development_area_count`. `extra` holds an observation's `setting`
        and `reflective_discussion`, and on an audit that asks, whether the
        child's and family's views were sought (`feedback_sought`).
        """
        extra: dict[str, Any] = {}
        if self.kind == OBSERVATION:
            extra = {"setting": self.setting, "reflective_discussion": self.reflective_discussion}
        if self.feedback_sought is not None:
            extra["feedback_sought"] = self.feedback_sought
        return expected_of(self, extra)

    def personal_data(self) -> list[str]:
        """Return every string that identifies the child or family and must
        never appear in parser output, the store, the tracker or reports:
        the child's full name, first name and surname, the date of birth in
        every spelling a form may use, the address lines, the postcode and
        the parents' names. Empty for a form about no one child."""
        return personal_data_of(self.child)


def expected_of(sample, extra: dict[str, Any]) -> dict[str, Any]:
    """What a parser should read from `sample` (a `SampleForm`, or a
    `ToolSample` from `bot.samples.tools`), with the tool's own `extra`."""
    return {
        "form": sample.kind,
        "case_id": sample.case_id,
        "auditor": sample.auditor,
        "practitioner": sample.practitioner,
        "team": sample.team,
        "service": sample.service,
        "date": sample.date.isoformat(),
        "grade": sample.grade,
        "moderated_grade": sample.moderated_grade,
        "final_grade": sample.moderated_grade or sample.grade,
        "section_grades": {section.name: section.grade for section in sample.sections},
        "urgent_concern": sample.urgent_concern,
        "moderated": sample.moderation is not None,
        "action_count": len(sample.actions),
        "action_due_dates": [action.due.isoformat() for action in sample.actions],
        "strength_count": len(sample.strengths),
        "development_area_count": len(sample.development_areas),
        "extra": extra,
    }


def personal_data_of(child: Child | None) -> list[str]:
    """Every string of `child`'s that must never appear in any output."""
    if child is None:
        return []
    birthdays = {format_date(child.date_of_birth, style) for style in DATE_STYLES}
    return [
        child.full_name,
        child.first_name,
        child.surname,
        *sorted(birthdays),
        *child.address_lines,
        child.postcode,
        *child.parents,
    ]
