"""What auditors, observers and moderators write on the forms.

Sentences may hold `{child}`, the child's first name, as real auditors write
it ("Tyler's wishes and feelings are clearly recorded"); `fill` puts the name
in, or "the child" where the form is not about one child.
"""

from __future__ import annotations

# Each audit tool has its own areas of practice. The 2025 tool grades the
# Golden Threads (2025 framework §1.5); the section names are the keys of the
# parser's `section_grades`, so layouts write them exactly as they are here.
TOOL_SECTIONS = {
    "Full Case File Audit Tool": (
        "Voice of the child",
        "Assessment",
        "Planning",
        "Management oversight and supervision",
        "Multi-agency working",
        "Chronology and case recording",
        "Impact and outcomes for the child",
    ),
    "Case Review Audit Tool 2025": (
        "Working with, not doing to",
        "Respectful language",
        "Effective leadership and management oversight",
        "Voice of the child",
        "Engaging with children and families",
        "History and networks",
        "Assessments and plans",
    ),
    "Early Help Case File Audit Tool": (
        "Voice of the child",
        "Early Help Assessment",
        "Team Around the Family plan",
        "Engagement with the family",
        "Management oversight",
        "Impact and outcomes for the child",
    ),
}
OBSERVATION_TITLE = "Observation of Practice"

# Observed settings; the last is a group session, which is about no one child.
OBSERVATION_SETTINGS = (
    "Home visit",
    "Child protection conference",
    "Core group meeting",
    "Family time session",
    "Child in care review",
    "Direct work session at school",
)
GROUP_SETTING = "Group session at the family hub"

# Section comments by how well the area of practice went.
COMMENTS_STRONG = (
    "{child} is seen regularly and alone; their views are recorded in their own words.",
    "Clear evidence of purposeful visits and direct work with {child}.",
    "The record is up to date and written in plain, respectful language.",
    "Decisions are explained and the reasons are recorded on file.",
    "Partners contribute to the plan and information is shared promptly.",
    "The plan is reviewed on time and the family understand what needs to change.",
)
COMMENTS_MIXED = (
    "Visits are within timescales but the purpose of each visit is not always clear.",
    "{child}'s views are recorded but do not clearly inform the plan.",
    "Management oversight is present but does not give clear direction or timescales.",
    "The chronology is incomplete for the last six months.",
    "The plan has too many actions without named owners or timescales.",
)
COMMENTS_WEAK = (
    "There is no evidence that {child} has been seen alone in the last three months.",
    "Risks identified by partners have not been assessed or acted upon.",
    "There is no recorded management oversight since the case was allocated.",
    "The plan is out of date and does not reflect the current worries.",
)

STRENGTHS = (
    "{child}'s wishes and feelings are clearly recorded and inform the plan.",
    "The social worker has built a trusting relationship with {child}, who is seen alone at each visit.",
    "The chronology is up to date and shows a clear understanding of the family's history.",
    "Case records are written to {child} in respectful, jargon-free language.",
    "Supervision is regular and gives clear direction with timescales.",
    "The core group meets on time and partners share information well.",
    "The assessment is analytical and was written with the family.",
    "Direct work with {child} using the three houses tool is on file.",
    "The genogram identifies the wider family network and a family network meeting has been held.",
)
DEVELOPMENT_AREAS = (
    "The plan is not SMART; actions lack timescales and named owners.",
    "{child}'s lived experience is not clear from the recording.",
    "Supervision records do not show reflection or the impact of decisions.",
    "The chronology has not been updated since the last strategy meeting.",
    "The father's views are not evident in the assessment.",
    "The case summary needs updating to reflect the current risks.",
    "Some recording uses professional jargon; write so that {child} could read it later.",
    "Health partners did not attend the last core group and this was not escalated.",
)
ACTIONS = (
    "Update the chronology and genogram.",
    "Complete direct work with {child} and record their views before the next review.",
    "Hold a family network meeting to identify support for {child}.",
    "Review the plan with the family so that each action has an owner and a timescale.",
    "Record management oversight of the decision to step the case down.",
    "Discuss the audit findings with the social worker in supervision.",
    "Seek the father's views and add them to the assessment.",
    "Request updated information from health and education before the next core group.",
)
URGENT_CONCERNS = (
    "Police notifications of domestic abuse at the home in the last month have not been "
    "risk assessed. Discussed with the Head of Service on the day of the audit; a strategy "
    "discussion has been requested for {child}.",
    "{child} has been missing from home three times this month without return interviews. "
    "Raised with the Head of Service and Assistant Director immediately.",
    "{child}'s medical appointments have been missed and the GP has not been contacted. "
    "Head of Service informed, who has alerted the health service.",
)

# What a Head of Service types in colour.
MODERATION_AGREES = (
    "I agree with the auditor's findings; the evidence on file supports the judgement.",
    "A thorough, reflective audit. The actions are specific and should be tracked to completion.",
)
MODERATION_LOWERS = (
    "Having read the file, I do not think the plan is progressing quickly enough for {child}.",
    "Management oversight is not evident for three months, which the audit does not reflect.",
)
MODERATION_RAISES = (
    "The audit undersells the quality of the direct work with {child} and its impact.",
    "The assessment is stronger than the audit suggests; the difference made for {child} is clear.",
)
MODERATION_REMARKS = (
    "Please make sure the actions are discussed in supervision with the social worker.",
    "Agree with the areas for development. Actions to be reviewed at the next performance clinic.",
)
MODERATION_SECTION_REMARKS = (
    "Agree, this is well evidenced.",
    "The core group minutes are not on file; please check.",
    "The chronology was updated after the audit; please re-check.",
    "Agree with the auditor.",
)
OBSERVATION_AUTHORISATIONS = (
    "Read and authorised. A helpful observation with a good reflective discussion.",
    "Read. Please make sure the follow-up is recorded in the practitioner's supervision.",
)

OBSERVATION_STRENGTHS = (
    "The practitioner explained the purpose of the visit clearly and checked {child}'s understanding.",
    "Warm, respectful communication with the family; their strengths were acknowledged.",
    "Good use of the three houses tool to gather {child}'s views.",
    "The practitioner kept the meeting focused on the plan and agreed clear next steps.",
    "Challenge to the parents was respectful and clear about the worries.",
)
OBSERVATION_DEVELOPMENT_AREAS = (
    "Summarise the agreed actions at the end of the visit.",
    "Spend time with {child} on their own.",
    "Avoid jargon when explaining the child protection process to parents.",
    "Prepare for the visit by reading the latest partner information.",
)
OBSERVATION_ACTIONS = (
    "Discuss the observation in the next supervision and record the reflection.",
    "Shadow an experienced colleague's direct work session.",
    "Complete the direct work training module.",
)


def fill(template: str, first_name: str | None) -> str:
    """Return `template` with `{child}` replaced by the child's first name,
    or by "the child" (capitalised at the start of a sentence) when None."""
    if first_name:
        return template.replace("{child}", first_name)
    if template.startswith("{child}"):
        template = "The child" + template[len("{child}") :]
    return template.replace("{child}", "the child")
