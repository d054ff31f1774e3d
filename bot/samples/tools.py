"""Invented completed forms of the framework's other QA tools, in the sample
builder's layouts.

    samples = tool_samples(2, seed=3, today=date(2026, 11, 20))   # two of each tool
    data = build_tool_docx(samples[0], "table", variant_seed=1)    # any of LAYOUTS
    data = build_tool_xlsx(samples[0], variant_seed=1)
    samples[0].expected()       # what the parser should read back
    samples[0].personal_data()  # what must never appear in its output

The tools: thematic / dip-sample audits, supervision audits, Head of Service
moderation overviews, multi-agency audits, the Early Help tools (EHA, TAF,
step up / step down) and conversation audits with families. Each is drawn
as an `Outline` with the same blocks as the case file audits, so every
layout in `build.py` draws it; what each tool says (titles, labels, areas
of practice, sentences) is in `tool_phrases.py`. Deterministic for a given
seed.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

import docx
from docx.oxml.ns import qn
from openpyxl.writer.excel import ExcelWriter

from . import phrases
from . import tool_phrases as words

# The layouts by name; build.py keeps the map private, and the tools share it.
from .build import _LAYOUT_CLASSES, LAYOUTS
from .forms import Moderation, SampleAction, Section, expected_of, personal_data_of
from .ooxml import ControlIds, stable_zip
from .outline import (
    CASE_ID,
    DATE,
    LINES,
    TEXT,
    ActionTable,
    Block,
    Details,
    Field,
    ItemList,
    Judgement,
    ModerationBox,
    Outline,
    SectionGrades,
    SectionRow,
    YesNo,
)
from .people import (
    COUNCIL,
    EARLY_HELP,
    EARLY_HELP_MANAGER,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    SAFEGUARDING_PRACTICE_MANAGER,
    STAFF,
    Child,
    head_of_service_over,
    invent_case_id,
    invent_child,
    team_members,
)
from .population import _invent_actions, _invent_moderation, _invent_sections, _sentences, _weekday_last_month
from .tool_phrases import (  # the kinds, for callers of this module
    CONVERSATION_AUDIT,
    EHA_AUDIT,
    MODERATION_OVERVIEW,
    MULTI_AGENCY_AUDIT,
    STEP_UP_DOWN_AUDIT,
    SUPERVISION_AUDIT,
    TAF_AUDIT,
    THEMATIC_AUDIT,
    TOOL_KINDS,
)
from .wording import DATE_STYLES, GRADES, WORD_DATE_STYLES, choose_wording
from .xlsx_layouts import WorkbookLayout


@dataclass(frozen=True)
class ToolField:
    """A field only this tool has: the parser's `extra` key, the label the
    form uses, what the author wrote (a date, dates, lines or text) and what
    the parser should read back. An empty label draws nothing: the value is
    read from another box (case IDs listed under "Cases sampled")."""

    key: str
    label: str
    written: Any
    expected: Any


@dataclass(frozen=True)
class ToolSample:
    """One completed tool, as its author meant it. Shared fields as in
    `SampleForm` (None where the tool has no such box); `labels` holds the
    label the form uses for each shared field it relabels; `own` the tool's
    own fields in form order; `urgent_question` whether the tool asks it."""

    kind: str
    title: str
    case_id: str | None
    child: Child | None
    auditor: str
    practitioner: str | None
    team: str | None
    service: str
    date: date
    grade: str | None
    sections: tuple[Section, ...]
    strengths: tuple[str, ...]
    development_areas: tuple[str, ...]
    actions: tuple[SampleAction, ...]
    own: tuple[ToolField, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)
    urgent_question: bool = False
    urgent_concern: bool = False
    urgent_concern_detail: str | None = None
    moderated_kind: bool = False
    moderation: Moderation | None = None

    @property
    def moderated_grade(self) -> str | None:
        return self.moderation.grade if self.moderation else None

    def expected(self) -> dict[str, Any]:
        """What a parser should read, with the keys of `SampleForm.expected`;
        `extra` holds the tool's own fields as the parser gives them (free
        text with the child's name already replaced by "the child")."""
        return expected_of(self, {own.key: own.expected for own in self.own})

    def personal_data(self) -> list[str]:
        """Every string identifying the child or family (see
        `SampleForm.personal_data`); empty for a tool about no one child."""
        return personal_data_of(self.child)


# Building samples ------------------------------------------------------------

def tool_samples(per_kind: int, *, seed: int, today: date, kinds: tuple[str, ...] = TOOL_KINDS) -> list[ToolSample]:
    """Return `per_kind` samples of each of `kinds`, dated in the month
    before `today`; the same for the same arguments."""
    rng = random.Random(seed)
    return [_INVENT[kind](rng, today) for _ in range(per_kind) for kind in kinds]


def _staff(role: str, *, service: str | None = None, exclude: str | None = None) -> list:
    return [member for member in STAFF
            if member.role == role and (service is None or member.service == service) and member.service != exclude]


def _child_case(rng: random.Random, today: date) -> tuple[str, Child]:
    return invent_case_id(rng), invent_child(rng, today)


def _thematic(rng: random.Random, today: date) -> ToolSample:
    head = rng.choice(_staff(HEAD_OF_SERVICE))
    written = _weekday_last_month(rng, today)
    case_ids = tuple(dict.fromkeys(invent_case_id(rng) for _ in range(rng.randint(4, 8))))
    theme = rng.choice(words.THEMES)
    own = [ToolField("theme", rng.choice(words.LABELS["theme"]), theme, theme)]
    if rng.random() < 0.4:
        # "Cases sampled: 1234567, 2345678, ...": the count, and the IDs read from the same box.
        own += [ToolField("cases_sampled", words.LABELS["cases_listed"][0], ", ".join(case_ids), len(case_ids)),
                ToolField("sampled_case_ids", "", None, list(case_ids))]
    else:
        own.append(ToolField("cases_sampled", rng.choice(words.LABELS["cases_sampled"]), str(len(case_ids)), len(case_ids)))
        if rng.random() < 0.5:
            own.append(ToolField("sampled_case_ids", rng.choice(words.LABELS["sampled_case_ids"]), ", ".join(case_ids),
                                 list(case_ids)))
    return ToolSample(
        kind=THEMATIC_AUDIT, title=rng.choice(words.TITLES[THEMATIC_AUDIT]), case_id=None, child=None,
        auditor=head.name, practitioner=None, team=None, service=head.service, date=written, grade=None,
        sections=(), strengths=_sentences(rng, words.THEMATIC_STRENGTHS, rng.randint(2, 4), None),
        development_areas=_sentences(rng, words.THEMATIC_DEVELOPMENT, rng.randint(1, 3), None),
        actions=_invent_actions(rng, words.SERVICE_ACTIONS, rng.randint(1, 3), None, (head, head), written),
        own=tuple(own),
        labels={"auditor": rng.choice(words.LABELS["head_of_service"]), "strengths": rng.choice(words.LABELS["thematic_strengths"]),
                "development_areas": rng.choice(words.LABELS["thematic_development"]),
                "actions": rng.choice(words.LABELS["service_actions"])},
    )


def _supervision(rng: random.Random, today: date) -> ToolSample:
    supervisor = rng.choice(_staff(PRACTICE_MANAGER) + _staff(EARLY_HELP_MANAGER))
    supervisee = rng.choice(team_members(supervisor.team))
    head = head_of_service_over(supervisor)
    written = _weekday_last_month(rng, today)
    sessions = tuple(sorted({written - timedelta(days=28 * step + rng.randint(0, 3)) for step in range(1, 4)}))
    grade = rng.choices(GRADES, weights=(10, 50, 32, 8))[0]
    sections = tuple(Section(section.name, section.grade, rng.choice(words.SUPERVISION_COMMENTS))
                     for section in _invent_sections(rng, words.SECTIONS[SUPERVISION_AUDIT], grade, None))
    period = f"{sessions[0]:%B} to {written:%B %Y}"
    return ToolSample(
        kind=SUPERVISION_AUDIT, title=rng.choice(words.TITLES[SUPERVISION_AUDIT]), case_id=None, child=None,
        auditor=head.name, practitioner=supervisee.name, team=supervisee.team, service=supervisee.service,
        date=written, grade=grade, sections=sections,
        strengths=_sentences(rng, words.SUPERVISION_STRENGTHS, rng.randint(1, 3), None),
        development_areas=_sentences(rng, words.SUPERVISION_DEVELOPMENT, rng.randint(1, 2), None),
        actions=_invent_actions(rng, words.SUPERVISION_ACTIONS, rng.randint(1, 2), None, (supervisor, head), written),
        own=(ToolField("supervisor", rng.choice(words.LABELS["supervisor"]), supervisor.name, supervisor.name),
             ToolField("period_covered", rng.choice(words.LABELS["period_covered"]), period, period),
             ToolField("session_dates", rng.choice(words.LABELS["session_dates"]), sessions,
                       [day.isoformat() for day in sessions])),
        labels={"practitioner": rng.choice(words.LABELS["supervisee"])},
    )


def _overview(rng: random.Random, today: date) -> ToolSample:
    head = rng.choice(_staff(HEAD_OF_SERVICE))
    month = today.replace(day=1) - timedelta(days=1)  # the month whose audits were moderated
    written = min(today, date(today.year, today.month, 1) + timedelta(days=rng.randint(3, 12)))
    count = str(rng.randint(6, 14))
    return ToolSample(
        kind=MODERATION_OVERVIEW, title=rng.choice(words.TITLES[MODERATION_OVERVIEW]), case_id=None, child=None,
        auditor=head.name, practitioner=None, team=None, service=head.service, date=written, grade=None,
        sections=(), strengths=_sentences(rng, words.PREVALENCE_STRENGTHS, rng.randint(2, 3), None),
        development_areas=_sentences(rng, words.PREVALENCE_DEVELOPMENT, 2, None),
        actions=_invent_actions(rng, words.PRIORITISED_ACTIONS, 2, None, (head, head), written),
        own=(ToolField("period", rng.choice(words.LABELS["month"]), f"{month:%B %Y}", f"{month:%B %Y}"),
             ToolField("audits_moderated", rng.choice(words.LABELS["audits_moderated"]), count, count)),
        labels={"auditor": rng.choice(words.LABELS["head_of_service"]),
                "strengths": rng.choice(words.LABELS["prevalence_strengths"]),
                "development_areas": rng.choice(words.LABELS["prevalence_development"]),
                "actions": rng.choice(words.LABELS["prioritised_actions"])},
    )


def _case_tool(rng: random.Random, today: date, kind: str, auditor, practitioner, own_fields, labels) -> ToolSample:
    """A tool about one child's case: child details, sections, a grade,
    the urgent-concern question and a Head of Service moderation box."""
    case_id, child = _child_case(rng, today)
    first = child.first_name
    written = _weekday_last_month(rng, today)
    grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
    severity = GRADES.index(grade)
    sections = _invent_sections(rng, words.SECTIONS[kind], grade, first)
    moderator = head_of_service_over(auditor)
    moderation = None
    if moderator is not None and rng.random() < 0.4:
        moderation = _invent_moderation(rng, moderator, grade, sections, first, written, today)
    urgent = rng.random() < 0.2
    return ToolSample(
        kind=kind, title=rng.choice(words.TITLES[kind]), case_id=case_id, child=child, auditor=auditor.name,
        practitioner=practitioner.name, team=practitioner.team, service=practitioner.service, date=written,
        grade=grade, sections=sections,
        strengths=_sentences(rng, phrases.STRENGTHS, (4, 3, 2, 1)[severity], first),
        development_areas=_sentences(rng, phrases.DEVELOPMENT_AREAS, 1 + severity, first),
        actions=_invent_actions(rng, phrases.ACTIONS, 1 + rng.randint(0, 2), first, (practitioner, auditor), written),
        own=tuple(own_fields(rng, first, written)), labels=labels,
        urgent_question=True, urgent_concern=urgent,
        urgent_concern_detail=phrases.fill(rng.choice(phrases.URGENT_CONCERNS), first) if urgent else None,
        moderated_kind=True, moderation=moderation,
    )


def _note(key: str, label: str, template: str, first: str | None) -> ToolField:
    """Free text naming the child; the parser gives it back with "the child"."""
    return ToolField(key, label, phrases.fill(template, first), phrases.fill(template, None))


def _multi_agency(rng: random.Random, today: date) -> ToolSample:
    auditor = rng.choice(_staff(PRACTICE_MANAGER) + _staff(SAFEGUARDING_PRACTICE_MANAGER))
    practitioner = rng.choice(team_members(auditor.team) or _staff("practitioner", exclude=EARLY_HELP))

    def own(rng: random.Random, first: str, written: date):
        agencies = tuple(rng.sample(words.AGENCIES, rng.randint(3, 5)))
        return [ToolField("agencies", rng.choice(words.LABELS["agencies"]), agencies, list(agencies))]

    return _case_tool(rng, today, MULTI_AGENCY_AUDIT, auditor, practitioner, own,
                      {"auditor": rng.choice(words.LABELS["lead_auditor"])})


def _early_help_tool(kind: str):
    def invent(rng: random.Random, today: date) -> ToolSample:
        auditor = rng.choice(_staff(EARLY_HELP_MANAGER))
        practitioner = rng.choice(team_members(auditor.team))

        def own(rng: random.Random, first: str, written: date):
            fields = []
            if kind == STEP_UP_DOWN_AUDIT:
                direction = rng.choice(words.DIRECTIONS)
                moved = written - timedelta(days=rng.randint(20, 60))
                fields = [ToolField("direction", rng.choice(words.LABELS["direction"]), direction, direction),
                          ToolField("transfer_date", rng.choice(words.LABELS["transfer_date"]), moved, moved.isoformat())]
            return [*fields, _note("family_voice", rng.choice(words.LABELS["family_voice"]), rng.choice(words.FAMILY_VOICES), first)]

        labels = {"practitioner": rng.choice(words.LABELS["lead_professional"]), "case_id": rng.choice(words.LABELS["early_help_id"])}
        return _case_tool(rng, today, kind, auditor, practitioner, own, labels)

    return invent


def _conversation(rng: random.Random, today: date) -> ToolSample:
    auditor = rng.choice(_staff(EARLY_HELP_MANAGER))
    practitioner = rng.choice(team_members(auditor.team))
    case_id, child = _child_case(rng, today)
    first = child.first_name
    written = _weekday_last_month(rng, today)
    method = rng.choice(words.METHODS)
    return ToolSample(
        kind=CONVERSATION_AUDIT, title=rng.choice(words.TITLES[CONVERSATION_AUDIT]), case_id=case_id, child=child,
        auditor=auditor.name, practitioner=practitioner.name, team=practitioner.team, service=practitioner.service,
        date=written, grade=None, sections=(),
        strengths=_sentences(rng, phrases.OBSERVATION_STRENGTHS, rng.randint(1, 2), first),
        development_areas=_sentences(rng, phrases.OBSERVATION_DEVELOPMENT_AREAS, 1, first),
        actions=_invent_actions(rng, phrases.ACTIONS, rng.randint(0, 2), first, (practitioner, auditor), written),
        own=(ToolField("method", rng.choice(words.LABELS["method"]), method, method),
             _note("family_view", rng.choice(words.LABELS["family_view"]), rng.choice(words.FAMILY_VOICES), first),
             _note("difference_made", rng.choice(words.LABELS["difference_made"]), rng.choice(words.DIFFERENCES), first)),
        labels={"auditor": words.LABELS["conversation_by"][0], "date": rng.choice(words.LABELS["conversation_date"]),
                "practitioner": rng.choice(words.LABELS["lead_professional"])},
        urgent_question=True,
    )


_INVENT = {
    THEMATIC_AUDIT: _thematic,
    SUPERVISION_AUDIT: _supervision,
    MODERATION_OVERVIEW: _overview,
    MULTI_AGENCY_AUDIT: _multi_agency,
    EHA_AUDIT: _early_help_tool(EHA_AUDIT),
    TAF_AUDIT: _early_help_tool(TAF_AUDIT),
    STEP_UP_DOWN_AUDIT: _early_help_tool(STEP_UP_DOWN_AUDIT),
    CONVERSATION_AUDIT: _conversation,
}


# Drawing them ------------------------------------------------------------------

def build_tool_docx(sample: ToolSample, layout: str, *, variant_seed: int = 0) -> bytes:
    """Return a Word form carrying `sample` in one of `LAYOUTS`; the same
    sample, layout and seed always give the same bytes."""
    layout_class = _LAYOUT_CLASSES.get(layout)
    if layout_class is None:
        raise ValueError(f"Unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}.")
    rng = random.Random(f"tool-docx:{layout}:{variant_seed}")
    wording = _wording(rng, sample, WORD_DATE_STYLES if layout_class.uses_date_picker else tuple(DATE_STYLES))
    outline = tool_outline(sample, wording, rng)
    document = docx.Document()
    document.settings.element.find(qn("w:zoom")).set(qn("w:percent"), "100")
    layout_class(document, wording, rng, ControlIds(rng)).render(outline)
    properties = document.core_properties
    properties.author, properties.title = COUNCIL, outline.title
    properties.last_modified_by = sample.moderation.moderator if sample.moderation else sample.auditor
    properties.created = properties.modified = datetime.combine(sample.date, time(15, 30))
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())


def build_tool_xlsx(sample: ToolSample, *, variant_seed: int = 0) -> bytes:
    """Return an Excel form carrying `sample`; deterministic like `build_tool_docx`."""
    rng = random.Random(f"tool-xlsx:{variant_seed}")
    outline = tool_outline(sample, _wording(rng, sample, tuple(DATE_STYLES)), rng)
    workbook = WorkbookLayout(outline, rng).render()
    workbook.properties.creator = COUNCIL
    workbook.properties.title = outline.title
    workbook.properties.created = workbook.properties.modified = datetime.combine(sample.date, time(15, 30))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())


def _wording(rng: random.Random, sample: ToolSample, date_styles: tuple[str, ...]):
    wording = choose_wording(rng, sample.kind, date_styles=date_styles)
    labels = dict(wording.labels, area=rng.choice(words.LABELS["area"]))
    guidance = ("Please complete every box, and return the completed tool to the audit mailbox.",)
    return replace(wording, labels=labels, guidance=guidance)


def tool_outline(sample: ToolSample, wording, rng: random.Random) -> Outline:
    """The blocks of `sample`'s form in `wording`."""
    label = wording.label

    def shared(key: str, wording_key: str | None = None) -> str:
        text = sample.labels.get(key) or wording.labels[wording_key or key]
        return f"{text}:" if wording.label_colon and not text.endswith("?") else text

    blocks: list[Block] = []
    if sample.child is not None:
        child = sample.child
        blocks.append(Details(wording.labels["child_heading"], (
            Field(shared("case_id"), sample.case_id, CASE_ID),
            Field(label("child_name"), child.full_name),
            Field(label("date_of_birth"), child.date_of_birth, DATE),
            Field(label("address"), (*child.address_lines, child.postcode), LINES),
            Field(label("parents"), ", ".join(child.parents)),
        )))
    details = []
    if sample.practitioner:
        details.append(Field(shared("practitioner"), sample.practitioner))
    if sample.team:
        details.append(Field(label("team"), sample.team))
    details += [Field(label("service"), sample.service), Field(shared("auditor"), sample.auditor),
                Field(shared("date", "audit_date"), sample.date, DATE)]
    notes = []
    for own in sample.own:
        if not own.label:
            continue
        written = own.written
        if isinstance(written, tuple) and written and isinstance(written[0], date):
            details.append(Field(_colon(wording, own.label), ", ".join(wording.date(day) for day in written)))
        elif isinstance(written, date):
            details.append(Field(_colon(wording, own.label), written, DATE))
        elif isinstance(written, tuple):
            details.append(Field(_colon(wording, own.label), written, LINES))
        elif own.key in ("family_voice", "family_view", "difference_made"):
            notes.append(Field(_colon(wording, own.label), written))
        else:
            details.append(Field(_colon(wording, own.label), written, TEXT))
    blocks.append(Details(wording.labels["audit_heading"], tuple(details)))
    if notes:
        blocks.append(Details("In the family's words", tuple(notes)))
    if sample.sections:
        remarks = sample.moderation.section_comments if sample.moderation else {}
        blocks.append(SectionGrades(wording.labels["sections_heading"], wording.labels["area"],
                                    wording.labels["grade_column"], wording.labels["comments_column"],
                                    tuple(SectionRow(section.name, section.grade, section.comment, remarks.get(section.name))
                                          for section in sample.sections)))
    if sample.grade:
        blocks.append(Judgement(label("overall_grade"), sample.grade))
    blocks += [
        ItemList(sample.labels.get("strengths") or wording.labels["strengths"], sample.strengths),
        ItemList(sample.labels.get("development_areas") or wording.labels["development_areas"], sample.development_areas),
    ]
    if sample.actions:
        blocks.append(ActionTable(sample.labels.get("actions") or wording.labels["actions"],
                                  wording.labels["action_columns"], sample.actions))
    if sample.urgent_question:
        blocks.append(YesNo(wording.labels["urgent_question"], sample.urgent_concern, label("urgent_detail"),
                            sample.urgent_concern_detail))
    if sample.moderated_kind:
        moderation = sample.moderation
        blocks.append(ModerationBox(
            heading=wording.labels["moderation_heading"],
            moderator=Field(label("moderator"), moderation.moderator if moderation else None),
            moderated_on=Field(label("moderation_date"), moderation.date if moderation else None, DATE),
            comments_label=label("moderation_comments"),
            comments=moderation.comments if moderation else (),
            judgement_label=label("moderated_grade"),
            grade=moderation.grade if moderation else None,
        ))
    title = sample.title.upper() if wording.title_in_capitals else sample.title
    return Outline(sample.kind, title, wording, tuple(blocks))


def _colon(wording, text: str) -> str:
    return f"{text}:" if wording.label_colon and not text.endswith("?") else text
