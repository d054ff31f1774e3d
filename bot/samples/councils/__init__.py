"""A tuning corpus of completed forms in layouts modelled on audit and
observation tools that UK councils and safeguarding partnerships publish.

    forms = council_corpus(seed=1, per_family=13)
    forms[0].family, forms[0].filename   # "practice_standards", "practice_standards-00.docx"
    forms[0].data                        # the bytes of the .docx or .xlsx
    forms[0].expected                    # what the parser should read back
    forms[0].personal_data               # what must never appear in its output

Each family (one module each) reproduces the *structure* of a published
tool, named in its docstring, filled with the sample builder's invented
people and cases (`bot.samples.sample_forms`, `bot.samples.tools`). Where a
layout needs it a sample is changed with `dataclasses.replace` (a prefixed
case reference, the council's own names for the areas of practice, no
actions, a sentence naming a brother or sister), so each file's truth is
its sample's `expected()` after the change. Deterministic for a given seed;
nothing reads the clock.

Unlike the sample builder, whose layouts all draw one outline, every
family here draws its forms its own way, as the council's template does.
"""

from __future__ import annotations

from datetime import date

from . import (
    ai_observation,
    area_grid_audit,
    audit_return,
    audit_workbook,
    chair_audit_log,
    cic_review_audit,
    deep_dive_audit,
    dip_sample,
    early_help_qa,
    eh_checklist,
    graded_areas,
    home_visit_observation,
    hos_moderation,
    learning_briefing,
    macfa,
    narrative_audit,
    observation_meetings,
    partnership_audit,
    pathway_plan_audit,
    practice_observation,
    practice_standards,
    reflection_sheet,
    signs_of_safety,
    step_transfer_workbook,
    supervision_grid,
    supervision_observation,
    supervision_standards,
    tac_summary,
    taf_review_audit,
)
from .common import CouncilForm

# Word families first, then Excel; each module's FAMILY names it.
FAMILIES = (practice_standards, signs_of_safety, reflection_sheet, supervision_standards, macfa,
            observation_meetings, early_help_qa, hos_moderation, tac_summary,
            cic_review_audit, supervision_observation, home_visit_observation, ai_observation,
            taf_review_audit, learning_briefing, eh_checklist, graded_areas,
            partnership_audit, narrative_audit,
            practice_observation, deep_dive_audit,
            area_grid_audit,
            audit_workbook, audit_return, supervision_grid, dip_sample,
            chair_audit_log, pathway_plan_audit,
            step_transfer_workbook)
TODAY = date(2026, 11, 20)


def council_corpus(seed: int, per_family: int, *, today: date = TODAY, families=FAMILIES) -> list[CouncilForm]:
    """Return `per_family` forms of every family in `families` (modules of
    this package; all of them unless told), dated in the month before
    `today`; the same bytes for the same arguments."""
    forms: list[CouncilForm] = []
    for family in families:
        forms += family.build(seed, per_family, today)
    return forms


__all__ = ["FAMILIES", "CouncilForm", "council_corpus"]
