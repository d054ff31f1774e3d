"""What the framework's other QA tools say, for the invented samples in
`tools.py`: their titles, the labels they use (every one of them a label in
`config/forms.yaml`), the areas of practice they grade, and what auditors
write on them. Sentences may hold `{child}`, as in `phrases.py`.
"""

from __future__ import annotations

from . import phrases

THEMATIC_AUDIT = "thematic_audit"
SUPERVISION_AUDIT = "supervision_audit"
MODERATION_OVERVIEW = "moderation_overview"
MULTI_AGENCY_AUDIT = "multi_agency_audit"
EHA_AUDIT = "early_help_audit"  # the EHA tool is the Early Help case file audit kind
TAF_AUDIT = "taf_audit"
STEP_UP_DOWN_AUDIT = "step_up_down_audit"
CONVERSATION_AUDIT = "conversation_audit"
TOOL_KINDS = (
    THEMATIC_AUDIT,
    SUPERVISION_AUDIT,
    MODERATION_OVERVIEW,
    MULTI_AGENCY_AUDIT,
    EHA_AUDIT,
    TAF_AUDIT,
    STEP_UP_DOWN_AUDIT,
    CONVERSATION_AUDIT,
)

TITLES = {
    THEMATIC_AUDIT: ("Thematic Audit Tool", "Dip Sample Audit", "Themed Audit: Quarterly Dip Sample"),
    SUPERVISION_AUDIT: ("Supervision Audit Tool", "Audit of Supervision Records"),
    MODERATION_OVERVIEW: ("Head of Service Overview Report", "Moderation Overview Report",
                          "Head of Service Moderation Pro-forma"),
    MULTI_AGENCY_AUDIT: ("Multi-Agency Case File Audit", "Multi-agency Partnership Audit Tool"),
    EHA_AUDIT: ("EHA Audit Tool", "Early Help Assessment Audit"),
    TAF_AUDIT: ("TAF Audit Tool", "Team Around the Family Audit"),
    STEP_UP_DOWN_AUDIT: ("Step Up / Step Down Audit Tool", "Step up/Down Audit"),
    CONVERSATION_AUDIT: ("Conversation Audit with Family", "Family Conversation Audit",
                         "Qualitative Audit \u2013 Conversation with the Family"),
}
# Labels each tool uses, by field; all of them are in config/forms.yaml.
LABELS = {
    "head_of_service": ("Head of Service", "Completed by Head of Service"),
    "lead_auditor": ("Lead auditor", "Audit lead", "Auditor"),
    "lead_professional": ("Lead professional", "Family support worker", "Early Help practitioner"),
    "early_help_id": ("Child ID", "EHM ID", "Early Help ID"),
    "theme": ("Theme", "Audit theme", "Focus of audit"),
    "cases_sampled": ("Number of cases sampled", "Number of cases audited"),
    "cases_listed": ("Cases sampled",),
    "sampled_case_ids": ("Case IDs sampled", "Case numbers sampled"),
    "thematic_strengths": ("Strengths found", "Strengths", "Key strengths"),
    "thematic_development": ("Areas for development found", "Areas for development"),
    "service_actions": ("Service-level actions", "Service level action plan"),
    "supervisee": ("Supervisee", "Name of supervisee", "Practitioner supervised"),
    "supervisor": ("Supervisor", "Supervising manager", "Name of supervisor"),
    "period_covered": ("Period covered", "Period of supervision reviewed"),
    "session_dates": ("Dates of supervision sessions reviewed", "Supervision sessions reviewed", "Supervision dates"),
    "month": ("Month", "Audit month", "Month of audits moderated"),
    "audits_moderated": ("Number of audits moderated", "Audits moderated"),
    "prevalence_strengths": ("Prevalence of strengths", "Strengths in the cases audited"),
    "prevalence_development": ("Prevalence of areas for development", "Areas for development in the cases audited"),
    "prioritised_actions": ("Prioritised actions", "Actions to be taken"),
    "agencies": ("Agencies involved", "Partner agencies", "Agencies taking part"),
    "family_voice": ("Voice of the family", "Family's voice", "What the family say"),
    "direction": ("Step up or step down", "Direction of transfer"),
    "transfer_date": ("Date of step up or step down", "Date of transfer"),
    "conversation_by": ("Conversation held by",),
    "conversation_date": ("Date of conversation", "Date"),
    "method": ("How the conversation was held", "Type of contact"),
    "family_view": ("What the family told us", "What the family said", "Family feedback"),
    "difference_made": ("What difference it made", "What has changed for the family", "Difference made"),
    "area": ("Area of practice", "Domain", "Practice standard"),
}
SECTIONS = {
    SUPERVISION_AUDIT: ("Frequency of supervision", "Reflection and analysis", "Clear plans and case direction",
                        "Decisions and their reasons recorded", "Support and constructive challenge"),
    MULTI_AGENCY_AUDIT: ("Voice of the child", "Information sharing between agencies", "Assessment of need and risk",
                         "Multi-agency plan", "Impact and outcomes for the child"),
    EHA_AUDIT: phrases.TOOL_SECTIONS["Early Help Case File Audit Tool"],
    TAF_AUDIT: ("Voice of the child", "Team Around the Family plan", "TAF meetings and reviews",
                "Lead professional role", "Impact and outcomes for the child"),
    STEP_UP_DOWN_AUDIT: ("Decision to step up or step down", "Information shared at transfer",
                         "Timeliness of transfer", "Continuity for the child and family", "Management oversight"),
}
THEMES = ("Neglect and the use of the Graded Care Profile", "Pre-birth assessments", "Children missing from home",
          "Step down from child protection plans", "Quality of management oversight", "Voice of the child in plans")
THEMATIC_STRENGTHS = (
    "In 4 of the 6 cases sampled the chronology was up to date and used in the assessment.",
    "Children's views were recorded in their own words in most of the cases sampled.",
    "Managers' oversight gave clear direction and timescales in the majority of cases.",
    "Partners were invited to and attended planning meetings in every case sampled.",
)
THEMATIC_DEVELOPMENT = (
    "In 3 of the 6 cases sampled plans lacked timescales and named owners.",
    "Fathers' views were missing from half of the assessments.",
    "Case summaries had not been updated after significant events.",
)
SERVICE_ACTIONS = (
    "Deliver a practice workshop on SMART planning to all teams in the service.",
    "Add the Graded Care Profile to the supervision template.",
    "Re-sample the same theme next quarter to test the impact of the actions.",
)
SUPERVISION_STRENGTHS = (
    "Supervision takes place every four weeks as planned.",
    "Each case discussion ends with clear actions and timescales.",
    "The practitioner's wellbeing and caseload are discussed at each session.",
)
SUPERVISION_DEVELOPMENT = (
    "Reflection and analysis are not always recorded, only the actions.",
    "The reasons for decisions are not written up on the child's file.",
    "Learning and development needs are not reviewed after the appraisal.",
)
SUPERVISION_ACTIONS = (
    "Use the reflective supervision template for case discussions.",
    "Record the rationale for decisions on the child's file within 48 hours.",
    "Agree a learning plan with the practitioner at the next session.",
)
SUPERVISION_COMMENTS = (
    "Sessions are regular and recorded promptly.",
    "Some reflection is recorded, but hypotheses are not revisited.",
    "Actions are clear but timescales are missing in two sessions.",
    "Good balance of support and challenge is evident.",
)
PREVALENCE_STRENGTHS = (
    "In 7 of the 10 cases audited the child's voice was clear and informed the plan.",
    "In 6 of the 10 cases audited chronologies were up to date.",
    "In 8 of the 10 cases audited visits were within timescales and purposeful.",
)
PREVALENCE_DEVELOPMENT = (
    "In 4 of the 10 cases audited plans were not SMART.",
    "In 3 of the 10 cases audited management oversight was not evident for over a month.",
)
PRIORITISED_ACTIONS = (
    "Practice managers to review every plan in their team for SMART actions.",
    "Management oversight to be recorded monthly on every case.",
)
AGENCIES = ("Children's Social Care", "Police", "Health visiting", "School", "Early Help", "Probation",
            "Child and Adolescent Mental Health Services", "Housing")
FAMILY_VOICES = (
    "Mum said the plan is written in words she understands, and that {child} now has a say in it.",
    "The family feel listened to and say the meetings are at times that suit them.",
    "Dad said he was not invited to the first meeting but feels included now.",
)
DIFFERENCES = (
    "The family say the morning routine is calmer and {child} gets to school on time.",
    "Mum is now getting help with debt and says she sleeps better.",
    "The family know who to call if things get difficult again.",
)
METHODS = ("Home visit", "Telephone call", "Visit at the family hub")
DIRECTIONS = ("Step up to Children's Social Care", "Step down to Early Help")
