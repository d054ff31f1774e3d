"""A varied, deterministic population of invented forms: the audits and
observations a council's managers might send in over one month."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from . import phrases
from .forms import (
    CASE_FILE_AUDIT,
    EARLY_HELP_AUDIT,
    OBSERVATION,
    Moderation,
    SampleAction,
    SampleForm,
    Section,
)
from .people import (
    ASSISTANT_DIRECTOR,
    DIRECTOR,
    EARLY_HELP,
    EARLY_HELP_MANAGER,
    FRONT_LINE_MANAGERS,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    SAFEGUARDING,
    SAFEGUARDING_PRACTICE_MANAGER,
    STAFF,
    StaffMember,
    head_of_service_over,
    invent_case_id,
    invent_child,
    service_practitioners,
    team_members,
)
from .wording import GRADES, INADEQUATE, OUTSTANDING


def sample_forms(count: int, *, seed: int, today: date, feedback_question: bool = False) -> list[SampleForm]:
    """Return `count` varied forms, the same for the same `seed` and `today`.

    About one in five is an observation, the rest case file audits (Early
    Help audits for Early Help cases). Grades are mostly Good or Requires
    Improvement, some Outstanding, a few Inadequate; about 30% are
    moderated, some changing the grade, some confirming it, some with
    comments only; an occasional audit raises an urgent concern. Forms are
    dated on weekdays of the calendar month before `today`; case IDs are
    unique within the list. With `feedback_question`, four in ten audits
    also ask whether the child's and family's views were sought (2025
    framework 2.4, item 7), mostly answered yes; without it the forms are
    as layouts built before the question expect.
    """
    rng = random.Random(seed)
    forms: list[SampleForm] = []
    case_ids: set[str] = set()
    while len(forms) < count:
        invent = _invent_observation if rng.random() < 0.2 else _invent_audit
        form = invent(rng, today)
        if not feedback_question and form.feedback_sought is not None:
            form = replace(form, feedback_sought=None)
        if form.case_id in case_ids:
            continue
        if form.case_id:
            case_ids.add(form.case_id)
        forms.append(form)
    return forms


_AUDITOR_ROLES = (
    (PRACTICE_MANAGER, 60),
    (EARLY_HELP_MANAGER, 15),
    (SAFEGUARDING_PRACTICE_MANAGER, 10),
    (HEAD_OF_SERVICE, 9),
    (ASSISTANT_DIRECTOR, 4),
    (DIRECTOR, 2),
)
_GRADE_WEIGHTS = (8, 45, 37, 10)
# The evidence an auditor writes for each grade, best first as in GRADES.
_COMMENTS_BY_GRADE = (
    phrases.COMMENTS_STRONG,
    phrases.COMMENTS_STRONG,
    phrases.COMMENTS_MIXED,
    phrases.COMMENTS_WEAK,
)


def _invent_audit(rng: random.Random, today: date) -> SampleForm:
    auditor = _choose_auditor(rng)
    practitioner = rng.choice(_practitioners_audited_by(auditor))
    child = invent_child(rng, today)
    audit_date = _weekday_last_month(rng, today)
    grade = rng.choices(GRADES, weights=_GRADE_WEIGHTS)[0]
    if practitioner.service == EARLY_HELP:
        kind, title = EARLY_HELP_AUDIT, "Early Help Case File Audit Tool"
    else:
        kind, title = (
            CASE_FILE_AUDIT,
            rng.choice(("Full Case File Audit Tool", "Case Review Audit Tool 2025")),
        )
    severity = GRADES.index(grade)
    first_name = child.first_name
    urgent = rng.random() < (0.3 if grade == INADEQUATE else 0.04)
    moderator = head_of_service_over(auditor) if auditor.role in FRONT_LINE_MANAGERS else None
    sections = _invent_sections(rng, phrases.TOOL_SECTIONS[title], grade, first_name)
    moderation = None
    if moderator is not None and rng.random() < 0.35:
        moderation = _invent_moderation(rng, moderator, grade, sections, first_name, audit_date, today)
    case_id = invent_case_id(rng)
    return SampleForm(
        kind=kind,
        title=title,
        case_id=case_id,
        child=child,
        auditor=auditor.name,
        practitioner=practitioner.name,
        team=practitioner.team,
        service=practitioner.service,
        date=audit_date,
        grade=grade,
        sections=sections,
        strengths=_sentences(rng, phrases.STRENGTHS, (4, 3, 2, 1)[severity] + rng.randint(0, 1), first_name),
        development_areas=_sentences(rng, phrases.DEVELOPMENT_AREAS, 1 + severity, first_name),
        actions=_invent_actions(
            rng,
            phrases.ACTIONS,
            severity + rng.randint(0, 1),
            first_name,
            (practitioner, auditor),
            audit_date,
        ),
        urgent_concern=urgent,
        urgent_concern_detail=phrases.fill(rng.choice(phrases.URGENT_CONCERNS), first_name)
        if urgent
        else None,
        moderation=moderation,
        feedback_sought=_feedback_sought(case_id),
    )


def _feedback_sought(case_id: str) -> bool | None:
    """Whether the child's and family's views were sought, on the four in
    ten forms that ask (2025 framework 2.4, item 7); None where the form
    does not ask. Drawn from the case ID, apart from the population's
    random sequence, so the forms that do not ask are as they were."""
    rng = random.Random(f"feedback-sought:{case_id}")
    if rng.random() >= 0.4:
        return None
    return rng.random() < 0.75


def _invent_observation(rng: random.Random, today: date) -> SampleForm:
    observer = rng.choice([member for member in STAFF if member.role in FRONT_LINE_MANAGERS])
    practitioner = rng.choice(team_members(observer.team))
    if observer.role == SAFEGUARDING_PRACTICE_MANAGER:
        setting = rng.choice(("Child protection conference", "Child in care review"))
    elif observer.role == EARLY_HELP_MANAGER and rng.random() < 0.5:
        setting = phrases.GROUP_SETTING
    else:
        setting = rng.choice(phrases.OBSERVATION_SETTINGS)
    group_session = setting == phrases.GROUP_SETTING
    child = None if group_session else invent_child(rng, today)
    first_name = child.first_name if child else None
    observed = _weekday_last_month(rng, today)
    grade = rng.choices(GRADES, weights=_GRADE_WEIGHTS)[0]
    severity = GRADES.index(grade)
    moderation = None
    moderator = head_of_service_over(observer)
    if moderator is not None and rng.random() < 0.3:
        moderation = Moderation(
            moderator=moderator.name,
            date=_moderation_date(rng, observed, today),
            comments=(rng.choice(phrases.OBSERVATION_AUTHORISATIONS),),
        )
    return SampleForm(
        kind=OBSERVATION,
        title=phrases.OBSERVATION_TITLE,
        case_id=None if group_session else invent_case_id(rng),
        child=child,
        auditor=observer.name,
        practitioner=practitioner.name,
        team=practitioner.team,
        service=practitioner.service,
        date=observed,
        grade=grade,
        sections=(),
        strengths=_sentences(rng, phrases.OBSERVATION_STRENGTHS, (4, 3, 2, 1)[severity], first_name),
        development_areas=_sentences(
            rng, phrases.OBSERVATION_DEVELOPMENT_AREAS, 1 + severity // 2, first_name
        ),
        actions=_invent_actions(
            rng,
            phrases.OBSERVATION_ACTIONS,
            rng.randint(0, 2),
            first_name,
            (practitioner, observer),
            observed,
        ),
        moderation=moderation,
        setting=setting,
        reflective_discussion=rng.random() < 0.85,
    )


def _choose_auditor(rng: random.Random) -> StaffMember:
    roles, weights = zip(*_AUDITOR_ROLES)
    role = rng.choices(roles, weights=weights)[0]
    return rng.choice([member for member in STAFF if member.role == role])


def _practitioners_audited_by(auditor: StaffMember) -> list[StaffMember]:
    """Front-line managers audit their own team's cases, the Safeguarding
    Unit and senior managers audit across social care; the Director and the
    Early Help managers' managers also audit Early Help cases."""
    if auditor.role in (PRACTICE_MANAGER, EARLY_HELP_MANAGER):
        return team_members(auditor.team)
    if auditor.service == EARLY_HELP:
        return service_practitioners(EARLY_HELP)
    if auditor.role == HEAD_OF_SERVICE and auditor.service != SAFEGUARDING:
        return service_practitioners(auditor.service)
    case_holders = [member for member in service_practitioners() if member.service != SAFEGUARDING]
    if auditor.role == DIRECTOR:
        return case_holders
    return [member for member in case_holders if member.service != EARLY_HELP]


def _nearby_grade(rng: random.Random, grade: str, steps: tuple[int, ...]) -> str:
    index = GRADES.index(grade) + rng.choice(steps)
    return GRADES[min(max(index, 0), len(GRADES) - 1)]


def _invent_sections(
    rng: random.Random, names: tuple[str, ...], grade: str, first_name: str
) -> tuple[Section, ...]:
    """Grade each area near the overall grade, at least one of them equal."""
    grades = [_nearby_grade(rng, grade, (-1, 0, 0, 0, 1)) for _ in names]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    return tuple(
        Section(name, given, phrases.fill(rng.choice(_COMMENTS_BY_GRADE[GRADES.index(given)]), first_name))
        for name, given in zip(names, grades)
    )


def _invent_moderation(
    rng: random.Random,
    moderator: StaffMember,
    grade: str,
    sections: tuple[Section, ...],
    first_name: str,
    audit_date: date,
    today: date,
) -> Moderation:
    """A moderation that confirms the grade, changes it by one step, or
    leaves comments only, with remarks on one to three sections."""
    outcome = rng.choices(("confirms", "changes", "comments only"), weights=(40, 35, 25))[0]
    moderated_grade: str | None = grade
    comments = phrases.MODERATION_AGREES
    if outcome == "changes":
        if grade == OUTSTANDING or (grade != INADEQUATE and rng.random() < 0.6):
            moderated_grade, comments = _nearby_grade(rng, grade, (1,)), phrases.MODERATION_LOWERS
        else:
            moderated_grade, comments = _nearby_grade(rng, grade, (-1,)), phrases.MODERATION_RAISES
    elif outcome == "comments only":
        moderated_grade, comments = None, phrases.MODERATION_REMARKS
    remarked = rng.sample(sections, rng.randint(1, 3))
    return Moderation(
        moderator=moderator.name,
        date=_moderation_date(rng, audit_date, today),
        comments=tuple(phrases.fill(text, first_name) for text in rng.sample(comments, rng.randint(1, 2))),
        section_comments={
            section.name: rng.choice(phrases.MODERATION_SECTION_REMARKS) for section in remarked
        },
        grade=moderated_grade,
    )


def _sentences(
    rng: random.Random, pool: tuple[str, ...], count: int, first_name: str | None
) -> tuple[str, ...]:
    return tuple(phrases.fill(text, first_name) for text in rng.sample(pool, min(count, len(pool))))


def _invent_actions(
    rng: random.Random,
    pool: tuple[str, ...],
    count: int,
    first_name: str | None,
    people: tuple[StaffMember, StaffMember],
    written: date,
) -> tuple[SampleAction, ...]:
    """`count` actions owned by the practitioner or the manager (`people`),
    due two to eight weeks after the form was written."""
    owners = (people[0].name, people[1].name, "Social worker", "Practice manager")
    return tuple(
        SampleAction(
            text, rng.choice(owners), _weekday_on_or_after(written + timedelta(days=rng.randint(14, 56)))
        )
        for text in _sentences(rng, pool, count, first_name)
    )


def _weekday_last_month(rng: random.Random, today: date) -> date:
    last_day = today.replace(day=1) - timedelta(days=1)
    weekdays = [
        day
        for day in (last_day.replace(day=number) for number in range(1, last_day.day + 1))
        if day.weekday() < 5
    ]
    return rng.choice(weekdays)


def _moderation_date(rng: random.Random, written: date, today: date) -> date:
    """Moderation follows the audit by a few days, never after `today`."""
    return max(written, min(_weekday_on_or_after(written + timedelta(days=rng.randint(3, 12))), today))


def _weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
