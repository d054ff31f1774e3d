"""Re-audits of cases judged Inadequate, linked to the audit they follow.

"Any cases that are judged to be inadequate will be re audited within
three months of the original audit" (2025 framework §3.1). The re-audit is
the first later audit of the same case, of any kind that judges a child's
case (a moderated copy of the same audit is a newer version of it, not a
re-audit: the store replaces it). Compliance counts the same later audit
as the re-audit received, so its reminders stop when it arrives
(`compliance.re_audits`); the tracker and the reports show the grade then
and now from the links made here. Pure: plain data in, plain data out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.forms.model import INADEQUATE
from bot.routing import CASE_JUDGEMENT_KINDS
from bot.store import StoredForm


@dataclass(frozen=True)
class ReAudit:
    """An audit that judged a case Inadequate, and the case's re-audit."""

    original: StoredForm
    re_audit: StoredForm

    @property
    def then(self) -> str | None:
        return self.original.form.final_grade

    @property
    def now(self) -> str | None:
        return self.re_audit.form.final_grade

    @property
    def change(self) -> str:
        """"Inadequate → Requires Improvement to be Good"."""
        return f"{self.then or 'No grade'} \u2192 {self.now or 'no grade yet'}"


@dataclass
class Links:
    """The re-audits found, by the original audit's id and by the re-audit's."""

    by_original: dict[int, ReAudit]
    by_re_audit: dict[int, ReAudit]

    def __iter__(self):
        return iter(self.by_original.values())


def link(forms: Iterable[StoredForm], kinds: frozenset[str] = CASE_JUDGEMENT_KINDS) -> Links:
    """Each current audit of `kinds` judged Inadequate, linked to the first
    audit of the same case dated after it, where one has arrived."""
    cases: dict[str, list[StoredForm]] = defaultdict(list)
    for stored in forms:
        form = stored.form
        if form.form in kinds and form.case_id and form.date is not None:
            cases[form.case_id].append(stored)
    links = Links({}, {})
    for audits in cases.values():
        audits.sort(key=lambda stored: (stored.form.date, stored.id))
        for index, original in enumerate(audits):
            if original.form.final_grade != INADEQUATE:
                continue
            later = next((other for other in audits[index + 1:] if other.form.date > original.form.date), None)
            if later is not None:
                found = ReAudit(original, later)
                links.by_original[original.id] = found
                links.by_re_audit.setdefault(later.id, found)
    return links
