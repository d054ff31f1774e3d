"""Held-out forms: layouts modelled on audit and observation tools that
councils and safeguarding partnerships publish, filled with the sample
builder's invented people and cases. The parser and its tests never import
this package; `bench/accuracy.py` measures the parser on it.

    forms = build_corpus(date(2026, 11, 20))
    forms[0].data, forms[0].truth, forms[0].personal

Each module is one layout family with a `build(today)`; bench/README.md
says which published tool each is modelled on.
"""

from __future__ import annotations

from datetime import date

from . import (
    audit_return_sheet,
    audit_spreadsheet,
    case_audit_checklist,
    case_audit_proforma,
    case_audit_record,
    case_audit_return,
    case_audit_spreadsheet,
    case_audit_tool,
    case_audit_workbook,
    case_file_audit_sheet,
    case_file_quality_audit,
    case_file_review_record,
    case_practice_audit,
    case_quality_audit,
    case_review_form,
    child_case_audit,
    child_journey_audit,
    dip_sample_workbook,
    direct_practice_observation,
    direct_work_observation,
    early_help,
    early_help_audit_sheet,
    early_help_audit_workbook,
    early_help_case_audit,
    early_help_plan_audit,
    early_help_quality_review,
    early_help_quality_workbook,
    early_help_review_workbook,
    early_help_workbook,
    excel_grid,
    excel_record,
    family_help_audit,
    family_help_review,
    family_hub_audit,
    family_plan_audit_form,
    family_plan_review,
    family_plan_workbook,
    family_support_audit_workbook,
    hos_moderation_return,
    impact_audit,
    inline_moderation,
    joint_agency_audit,
    joint_audit_workbook,
    joint_case_review_record,
    joint_practice_audit,
    learning_review_audit,
    moderation_briefing_note,
    moderation_findings_report,
    moderation_log_workbook,
    moderation_outcomes_log,
    moderation_overview,
    moderation_overview_report,
    moderation_panel_record,
    moderation_return_workbook,
    moderation_sample_summary,
    moderation_summary_report,
    moderation_tracker_workbook,
    multi_agency,
    multi_agency_audit_record,
    multi_agency_case_audit,
    multi_agency_review_workbook,
    narrative_review,
    neglect_dip_sample,
    observation_feedback_record,
    observation_form,
    observation_grading_workbook,
    observation_learning_workbook,
    observation_of_practice_record,
    observation_record,
    observation_record_workbook,
    observed_practice_review,
    partnership_audit_sheet,
    partnership_case_review,
    partnership_practice_audit,
    practice_audit_workbook,
    practice_feedback_form,
    practice_observation_form,
    practice_observation_workbook,
    practice_quality_audit,
    practice_review,
    practice_visit_observation,
    quality_audit_form,
    rating_columns,
    service_moderation_summary,
    step_change_audit,
    step_up_down_workbook,
    supervision_audit_record,
    supervision_audit_workbook,
    supervision_case_audit,
    supervision_compliance_workbook,
    supervision_file_audit,
    supervision_practice_audit,
    supervision_quality_workbook,
    supervision_review,
    supervision_review_workbook,
    team_around_family_audit,
    thematic,
    thematic_audit_report,
    thematic_audit_workbook,
    thematic_review,
    thematic_review_workbook,
    themed_audit_report,
    themed_dip_sample,
    themed_practice_review,
)
from .common import HeldOutForm

# Families whose misses no one has read and whose shapes no probe of the
# parser copied: their figure is the clean one for a council's form the
# parser has never met. A family leaves this set before its misses are
# read (bench/accuracy.py --held-out-misses prints only the others).
UNREAD = frozenset({"themed_audit_report",
                    "supervision_compliance_workbook",
                    "child_journey_audit",
                    "quality_audit_form",
                    "multi_agency_case_audit",
                    "case_file_audit_sheet",
                    "supervision_audit_workbook",
                    "case_file_review_record",
                    "observation_record_workbook",
                    "direct_practice_observation",
                    "thematic_audit_report",
                    "case_audit_spreadsheet",
                    "supervision_quality_workbook",
                    "case_quality_audit",
                    "moderation_tracker_workbook",
                    "practice_observation_workbook",
                    "neglect_dip_sample",
                    "supervision_file_audit",
                    "early_help_review_workbook",
                    "observation_feedback_record",
                    "moderation_sample_summary",
                    "thematic_review_workbook",
                    "supervision_case_audit",
                    "themed_practice_review",
                    "observation_learning_workbook",
                    "case_audit_return",
                    "supervision_review_workbook",
                    "joint_practice_audit",
                    "practice_visit_observation",
                    "dip_sample_workbook",
                    "step_up_down_workbook",
                    "observation_grading_workbook",
                    "early_help_quality_workbook",
                    "learning_review_audit",
                    "partnership_practice_audit",
                    "practice_audit_workbook",
                    "family_plan_audit_form"})

FAMILIES = (rating_columns, observation_record, multi_agency, thematic, early_help, moderation_overview,
            excel_record, excel_grid, narrative_review, inline_moderation, impact_audit,
            case_audit_tool, audit_spreadsheet, practice_review, observation_form, audit_return_sheet,
            supervision_review, family_help_review, direct_work_observation, thematic_review,
            themed_audit_report, child_journey_audit, joint_agency_audit, early_help_workbook,
            case_review_form, case_audit_workbook, family_hub_audit, practice_feedback_form,
            partnership_audit_sheet, quality_audit_form, themed_dip_sample, supervision_audit_record,
            family_plan_workbook, case_audit_record, early_help_quality_review,
            observation_of_practice_record, multi_agency_case_audit, case_file_audit_sheet,
            thematic_audit_workbook, practice_quality_audit, family_plan_review, supervision_audit_workbook,
            observed_practice_review, moderation_overview_report, early_help_audit_workbook,
            case_file_review_record, observation_record_workbook, moderation_log_workbook,
            supervision_practice_audit, case_audit_proforma, early_help_case_audit,
            direct_practice_observation, thematic_audit_report, case_audit_spreadsheet, early_help_plan_audit,
            supervision_quality_workbook, multi_agency_audit_record, moderation_summary_report, case_quality_audit,
            moderation_tracker_workbook, joint_audit_workbook, moderation_briefing_note, partnership_case_review,
            moderation_panel_record, practice_observation_workbook, neglect_dip_sample, step_change_audit,
            moderation_outcomes_log, case_file_quality_audit, supervision_file_audit, early_help_review_workbook,
            observation_feedback_record, hos_moderation_return, joint_case_review_record, family_support_audit_workbook,
            moderation_sample_summary, thematic_review_workbook, case_audit_checklist, practice_observation_form,
            moderation_return_workbook, supervision_case_audit, multi_agency_review_workbook, team_around_family_audit,
            child_case_audit, early_help_audit_sheet, themed_practice_review, observation_learning_workbook,
            moderation_findings_report, case_audit_return, supervision_review_workbook, joint_practice_audit,
            practice_visit_observation, family_help_audit, dip_sample_workbook, step_up_down_workbook, case_practice_audit, observation_grading_workbook, early_help_quality_workbook,
            service_moderation_summary, learning_review_audit, supervision_compliance_workbook, partnership_practice_audit, practice_audit_workbook,
            family_plan_audit_form)


def build_corpus(today: date, *, problems: list[str] | None = None) -> list[HeldOutForm]:
    """Every family's files, in family order. A family that fails to build
    is reported in `problems` (when given) and left out."""
    forms: list[HeldOutForm] = []
    for family in FAMILIES:
        try:
            forms += family.build(today)
        except Exception as problem:  # one broken family must not stop the measurement
            if problems is None:
                raise
            problems.append(f"{family.__name__}: {problem!r}")
    return forms
