"""Invented, realistic completed forms for the demo, the end-to-end tests and
the benchmark.

    forms = sample_forms(20, seed=1, today=date(2026, 12, 1))
    data = build_docx(forms[0], "checkboxes", variant_seed=7)   # bytes of a .docx
    data = build_xlsx(forms[1], variant_seed=7)                  # bytes of a .xlsx
    forms[0].expected()       # what the parser should read back
    forms[0].personal_data()  # what must never appear in its output

Everything is deterministic for a given seed; nothing reads the clock or the
global random state. People, places and case numbers are made up.
"""

from .build import LAYOUTS, build_docx, build_xlsx
from .forms import (
    CASE_FILE_AUDIT,
    EARLY_HELP_AUDIT,
    KINDS,
    OBSERVATION,
    Moderation,
    SampleAction,
    SampleForm,
    Section,
)
from .people import AUDIT_MAILBOX, COUNCIL, EMAIL_DOMAIN, STAFF, Child, StaffMember
from .population import sample_forms
from .wording import GRADES

__all__ = [
    "AUDIT_MAILBOX",
    "CASE_FILE_AUDIT",
    "COUNCIL",
    "EARLY_HELP_AUDIT",
    "EMAIL_DOMAIN",
    "GRADES",
    "KINDS",
    "LAYOUTS",
    "OBSERVATION",
    "STAFF",
    "Child",
    "Moderation",
    "SampleAction",
    "SampleForm",
    "Section",
    "StaffMember",
    "build_docx",
    "build_xlsx",
    "sample_forms",
]
