"""What a parsed form is: plain data, independent of the file it came from.

`ParsedForm.to_json()` is the public `parse --json` contract (see the README);
the store keeps the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

# The Ofsted ILACS judgements, spelled exactly as the contract requires
# (2025 framework §2.4: "the Ofsted judgements ... will be used for recording
# the findings of the file audit").
OUTSTANDING = "Outstanding"
GOOD = "Good"
REQUIRES_IMPROVEMENT = "Requires Improvement to be Good"
INADEQUATE = "Inadequate"
GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)


@dataclass
class Action:
    """One case-specific action: 'smart and include by who by when' (2025 §3.1)."""

    action: str
    owner: str | None = None
    due: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "owner": self.owner,
            "due": self.due.isoformat() if self.due else None,
        }


@dataclass
class ParsedForm:
    """Everything the bot keeps from one attachment.

    Holds no personal data other than the case ID: the parser drops the
    child's name, date of birth and address and replaces them in free text
    before a `ParsedForm` is built.
    """

    file: str
    ok: bool = False
    form: str | None = None
    case_id: str | None = None
    auditor: str | None = None
    practitioner: str | None = None
    team: str | None = None
    service: str | None = None
    date: date | None = None
    grade: str | None = None
    moderated_grade: str | None = None
    section_grades: dict[str, str] = field(default_factory=dict)
    strengths: list[str] = field(default_factory=list)
    development_areas: list[str] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    moderator_comments: list[str] = field(default_factory=list)
    urgent_concern: bool = False
    urgent_concern_detail: str | None = None
    # Fields of other form kinds (a thematic audit's theme, a supervision
    # audit's supervisee, ...), keyed by the field name in config/forms.yaml.
    extra: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def final_grade(self) -> str | None:
        """The moderator's judgement where there is one, else the auditor's.

        2018 framework, case file audits: "The overall judgement for the
        audited case will be the judgement reached by the moderator."
        """
        return self.moderated_grade or self.grade

    @property
    def moderated(self) -> bool:
        return bool(self.moderated_grade or self.moderator_comments)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "ok": self.ok,
            "form": self.form,
            "case_id": self.case_id,
            "auditor": self.auditor,
            "practitioner": self.practitioner,
            "team": self.team,
            "service": self.service,
            "date": self.date.isoformat() if self.date else None,
            "grade": self.grade,
            "moderated_grade": self.moderated_grade,
            "final_grade": self.final_grade,
            "section_grades": dict(self.section_grades),
            "strengths": list(self.strengths),
            "development_areas": list(self.development_areas),
            "actions": [action.to_json() for action in self.actions],
            "moderator_comments": list(self.moderator_comments),
            "urgent_concern": self.urgent_concern,
            "urgent_concern_detail": self.urgent_concern_detail,
            "extra": dict(self.extra),
            "errors": list(self.errors),
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ParsedForm:
        """Rebuild a form from `to_json()` output (as kept in the store)."""
        return cls(
            file=data["file"],
            ok=data.get("ok", False),
            form=data.get("form"),
            case_id=data.get("case_id"),
            auditor=data.get("auditor"),
            practitioner=data.get("practitioner"),
            team=data.get("team"),
            service=data.get("service"),
            date=_date_or_none(data.get("date")),
            grade=data.get("grade"),
            moderated_grade=data.get("moderated_grade"),
            section_grades=dict(data.get("section_grades") or {}),
            strengths=list(data.get("strengths") or []),
            development_areas=list(data.get("development_areas") or []),
            actions=[
                Action(item["action"], item.get("owner"), _date_or_none(item.get("due")))
                for item in data.get("actions") or []
            ],
            moderator_comments=list(data.get("moderator_comments") or []),
            urgent_concern=bool(data.get("urgent_concern")),
            urgent_concern_detail=data.get("urgent_concern_detail"),
            extra=dict(data.get("extra") or {}),
            errors=list(data.get("errors") or []),
            warnings=list(data.get("warnings") or []),
        )


def _date_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
