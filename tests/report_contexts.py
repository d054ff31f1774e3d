"""Sample contexts for the Word reports, shaped as `bot.reports.figures`
makes them: invented case IDs, and the teams and people of the shipped
configuration's staff list (the invented Northmoor council).

`context(kind)` gives a full context without charts; `empty(kind)` one for
a period in which nothing was received.
"""

from __future__ import annotations

import copy
from typing import Any

from bot.forms.model import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT

COMMON: dict[str, Any] = {
    "organisation": "Northmoor Borough Council",
    "department": "Children's Services",
    "qa_team_name": "Quality Assurance Team",
    "qa_team_email": "qa-team@northmoor.example.gov.uk",
    "generated": "3 December 2026",
    "logo": None,
    "draft": True,
}

SUMMARY = {
    "audits": 17, "observations": 6, "thematic_audits": 1, "expected_audits": 20, "expected_observations": 9,
    "received_percent": 85, "moderated": 14, "moderation_changed": 3, "urgent_concerns": 1, "inadequate": 2,
    "good_or_better": 9, "good_or_better_percent": 53,
}

SERVICES = [
    {"service": "Assessment and Child Protection", "expected_audits": 8, "audits": 7, "received_percent": 88},
    {"service": "Children in Care", "expected_audits": 4, "audits": 4, "received_percent": 100},
    {"service": "Children with Disabilities", "expected_audits": 2, "audits": 1, "received_percent": 50},
    {"service": "Early Help", "expected_audits": 4, "audits": 3, "received_percent": 75},
    {"service": "Safeguarding and Quality Assurance", "expected_audits": 2, "audits": 2, "received_percent": 100},
]


def team(service: str, name: str, expected: int, audits: int, expected_observations: int,
         observations: int) -> dict[str, Any]:
    return {"service": service, "team": name, "expected_audits": expected, "audits": audits,
            "expected_observations": expected_observations, "observations": observations}


TEAMS = [
    team("Assessment and Child Protection", "Assessment Team 1", 2, 2, 1, 1),
    team("Assessment and Child Protection", "Assessment Team 2", 2, 2, 1, 1),
    team("Assessment and Child Protection", "Family Safeguarding Team 1", 2, 1, 1, 0),
    team("Assessment and Child Protection", "Family Safeguarding Team 2", 2, 2, 1, 1),
    team("Children in Care", "Care Leavers Team", 2, 2, 1, 1),
    team("Children in Care", "Children in Care Team", 2, 2, 1, 1),
    team("Children with Disabilities", "Children with Disabilities Team", 2, 1, 1, 0),
    team("Early Help", "Early Help Team North", 2, 2, 1, 1),
    team("Early Help", "Early Help Team South", 2, 1, 1, 0),
    team("Safeguarding and Quality Assurance", "Safeguarding Unit", 2, 2, 0, 0),
]

GRADES = [
    {"grade": OUTSTANDING, "auditor": 2, "final": 1},
    {"grade": GOOD, "auditor": 9, "final": 8},
    {"grade": REQUIRES_IMPROVEMENT, "auditor": 5, "final": 6},
    {"grade": INADEQUATE, "auditor": 1, "final": 2},
    {"grade": "No grade", "auditor": 0, "final": 0},
]


def theme(name: str, count: int, total: int, what: str) -> dict[str, Any]:
    return {"theme": name, "count": count, "total": total, "sentence": f"In {count} of the {total} cases audited, {what}."}


STRENGTHS = [
    theme("The voice of the child", 11, 17, "the child's voice was clear, understood and responded to"),
    theme("Understood history and networks", 7, 17,
          "the chronology and genogram showed a clear understanding of the family's history and network"),
    theme("Working with partners", 5, 17, "partners contributed well and shared information promptly"),
]
DEVELOPMENT = [
    theme("Assessments and plans", 8, 17, "plans needed to be SMART, with named owners and timescales"),
    theme("Effective leadership and management oversight", 6, 17,
          "management oversight and supervision needed to show reflection, direction and timescales"),
]

MODERATION = {
    "moderated": 14, "changed": 3, "raised": 1, "lowered": 2, "confirmed": 11,
    "changes": [
        {"case_id": "4410027", "team": "Assessment Team 2", "auditor_grade": GOOD,
         "moderated_grade": REQUIRES_IMPROVEMENT},
        {"case_id": "4410533", "team": "Children in Care Team", "auditor_grade": REQUIRES_IMPROVEMENT,
         "moderated_grade": INADEQUATE},
        {"case_id": "4411908", "team": "Early Help Team North", "auditor_grade": REQUIRES_IMPROVEMENT,
         "moderated_grade": GOOD},
    ],
}

URGENT = [{"case_id": "4410533", "team": "Children in Care Team", "date": "12 October 2026",
           "detail": "Placement stability at risk; no statutory visit for nine weeks."}]
INADEQUATE_ROWS = [
    {"case_id": "4410533", "team": "Children in Care Team", "date": "12 October 2026",
     "re_audit_due": "12 January 2027", "re_audited": "Not yet"},
    {"case_id": "4409871", "team": "Family Safeguarding Team 1", "date": "20 October 2026",
     "re_audit_due": "20 January 2027", "re_audited": "Not yet"},
]

RE_AUDITS = [
    {"case_id": "4402218", "team": "Assessment Team 1", "first_date": "14 July 2026", "date": "9 October 2026",
     "then": INADEQUATE, "now": REQUIRES_IMPROVEMENT, "change": f"{INADEQUATE} \u2192 {REQUIRES_IMPROVEMENT}"},
]

FEEDBACK = {"audits": 17, "sought": 12, "not_sought": 2, "not_said": 3, "sought_percent": 71,
            "sentence": "In 12 of the 17 cases audited, the child or family's views were sought.",
            "detail": "In 2 they were not; 3 audit forms did not say whether they were."}

ACTIONS = {
    "open": 5, "overdue": 2, "completed": 4, "total": 11,
    "rows": [
        {"case_id": "4410027", "action": "Update the child's plan so each action has an owner and a date.",
         "owner": "Jane Smith", "due": "30 November 2026", "status": "Overdue"},
        {"case_id": "4410533", "action": "Complete the overdue statutory visit and see the child alone.",
         "owner": "Andrew Booth", "due": "19 October 2026", "status": "Completed"},
        {"case_id": "4409871", "action": "Update the chronology and genogram before the next core group.",
         "owner": "Paul Gregson", "due": "11 December 2026", "status": "Open"},
    ],
}

# Findings that matched no theme, as `bot.reports.figures.other_items` gives them.
OTHER = {
    "strengths": [{"text": "Court work was well prepared", "count": 2, "total": 17,
                   "sentence": "Court work was well prepared (in 2 of the 17 cases audited)."}],
    "development": [{"text": "Risk is not analysed", "count": 3, "total": 17,
                     "sentence": "Risk is not analysed (in 3 of the 17 cases audited)."}],
}
NO_OTHER = {"strengths": [], "development": []}

SERVICE_ACTIONS = {
    "open": 1, "overdue": 1, "completed": 1, "total": 3,
    "rows": [
        {"service": "Assessment and Child Protection",
         "action": "Practice managers to check the Graded Care Profile is reviewed at each core group.",
         "owner": "Claire Whitworth", "due": "30 November 2026", "status": "Open"},
        {"service": "Assessment and Child Protection", "action": "Run a neglect workshop for every team.",
         "owner": "Claire Whitworth", "due": "16 October 2026", "status": "Overdue"},
        {"service": "Children in Care", "action": "Review the template for placement plans.",
         "owner": "David Okonjo", "due": "9 October 2026", "status": "Completed"},
    ],
}

OBSERVATIONS = {
    "count": 6,
    "other": NO_OTHER,
    "strengths": [theme("Engaging with children and families", 4, 6,
                        "practitioners had built trusting relationships through purposeful visits")],
    "development": [theme("Respectful language", 2, 6, "recording needed plainer, more respectful language")],
}

THEMATIC = [{
    "theme": "Neglect: use of the Graded Care Profile", "service": "Assessment and Child Protection",
    "auditor": "Claire Whitworth", "date": "8 October 2026",
    "strengths": ["Graded Care Profiles were completed with families in most cases."],
    "development": ["Plans did not always show how the profile changed what we did."],
    "actions": ["Practice managers to check the profile is reviewed at each core group."],
}]

MONTHS = [
    {"label": "Oct 2026", "audits": 17, "good_or_better": 9, "good_or_better_percent": 53},
    {"label": "Nov 2026", "audits": 15, "good_or_better": 9, "good_or_better_percent": 60},
    {"label": "Dec 2026", "audits": 0, "good_or_better": 0, "good_or_better_percent": None},
]

BRIEFING = {
    "background": ("Each quarter we share what our audits tell us. Between 1 October and 31 December 2026 "
                   "managers and leaders completed 32 case file audits and 14 observations of practice across "
                   "ten teams, and Heads of Service moderated 27 of them."),
    "why_it_matters": ("“The only sensible measure of how well the system is performing is the measure of how "
                       "effectively it is helping children, young people and their families” (Munro, 2011). "
                       "Audits show us what is working for children and what we must change, so that we do the "
                       "right thing, at the right time, in the right way."),
    "findings": [
        "18 of 32 audited cases (56%) were judged Good or Outstanding, up from 48% in the quarter before.",
        "2 cases were judged Inadequate and will be re-audited within three months, with the Head of Service "
        "overseeing the actions agreed for each child.",
        "A case judged Inadequate was re-audited this quarter and has moved from Inadequate to Requires "
        "Improvement to be Good.",
        "Heads of Service moderated 27 audits and changed the grade in 5, most often because plans lacked "
        "timescales or named owners.",
        "Auditors raised 1 urgent concern about a child's safety, which was taken to the Head of Service on "
        "the same day it was found.",
    ],
    "working_well": [
        "In 20 of the 32 cases audited, the child's voice was clear, understood and responded to in the "
        "assessment and the plan.",
        "In 14 of the 32 cases audited, the chronology and genogram showed a clear understanding of the "
        "family's history and network.",
        "In 11 of the 32 cases audited, partners contributed well to planning and shared information "
        "promptly, including schools and health visitors.",
        "In 9 of the 32 cases audited, practitioners had built trusting relationships with children through "
        "purposeful and well-planned visits.",
    ],
    "to_improve": [
        "In 15 of the 32 cases audited, plans needed to be SMART, with named owners and clear timescales "
        "for every single action.",
        "In 12 of the 32 cases audited, management oversight and supervision needed to show reflection, "
        "direction and timescales for the work.",
        "In 8 of the 32 cases audited, the child's lived experience needed to be clearer in the record and "
        "in the chronology.",
        "In 6 of the 32 cases audited, recording needed plainer and more respectful language that the child "
        "could read and understand later.",
    ],
    "questions": [
        "Does every action in the plan say who will do what by when, and would the family understand it if "
        "they read it today?",
        "Does supervision record why decisions were made, what difference they made, and what happens next "
        "for the child and family?",
        "How does the child's own voice change what we do next, and can you show where it changed the plan?",
        "Could the child read their record later and feel respected by the words we chose to describe them "
        "and their family?",
    ],
    "next_steps": [
        "Make every plan SMART, and review it with the family so each action has an owner and a date.",
        "Record management oversight at each key decision, with the reasons, the direction given and the "
        "timescales agreed.",
        "See every child alone, record their views in their own words, and show in the plan what changed "
        "because of them.",
        "Write to the child, in plain language, as if they will read it one day, and avoid jargon and "
        "abbreviations.",
    ],
    "where_to_find": ("Talk about this briefing in your next team meeting. The full quarterly QA report and the "
                      "audit tools are available from the Quality Assurance Team."),
    "contact": "Quality Assurance Team: qa-team@northmoor.example.gov.uk",
}


def context(kind: str) -> dict[str, Any]:
    """A full sample context for the `kind` report (without charts)."""
    audit = {
        "summary": dict(SUMMARY), "services": SERVICES, "teams": TEAMS, "grades": GRADES,
        "moderation": MODERATION, "strengths": STRENGTHS, "development": DEVELOPMENT, "other": OTHER,
        "urgent": URGENT,
        "inadequate": INADEQUATE_ROWS, "actions": ACTIONS, "observations": OBSERVATIONS, "thematic": THEMATIC,
        "months": MONTHS[:1], "charts": {}, "re_audits": RE_AUDITS, "feedback": FEEDBACK,
    }
    if kind == "monthly":
        values = {"title": "Monthly Quality Assurance Audit Report", "period_label": "October 2026",
                  **audit, "actions_spreadsheet": "QA actions October 2026.xlsx",
                  "service_actions": SERVICE_ACTIONS}
    elif kind == "overview":
        children_in_care = [row for row in TEAMS if row["service"] == "Children in Care"]
        values = {"title": "Head of Service Overview: Children in Care", "period_label": "October 2026", **audit,
                  "service": "Children in Care", "head_of_service": "David Okonjo", "teams": children_in_care,
                  "summary": SUMMARY | {"audits": 4, "observations": 2, "thematic_audits": 0, "expected_audits": 4,
                                        "expected_observations": 2, "received_percent": 100, "moderated": 4,
                                        "moderation_changed": 1, "urgent_concerns": 1, "inadequate": 1,
                                        "good_or_better": 2, "good_or_better_percent": 50},
                  "priorities": [{"theme": item["theme"], "count": item["count"], "total": item["total"],
                                  "action": "Make every plan SMART, with an owner and a date for each action."}
                                 for item in DEVELOPMENT],
                  "feedback": {"audits": 4, "sought": 3, "not_sought": 1, "not_said": 0, "sought_percent": 75,
                               "sentence": "In 3 of the 4 cases audited, the child or family's views were sought.",
                               "detail": "In 1 they were not."},
                  "service_actions": {"open": 0, "overdue": 0, "completed": 1, "total": 1,
                                      "rows": [row for row in SERVICE_ACTIONS["rows"]
                                               if row["service"] == "Children in Care"]}}
    elif kind == "quarterly":
        values = {"title": "Quarterly Quality Assurance Audit Report",
                  "period_label": "Q3 2026/27 (October to December 2026)", **audit, "months": MONTHS}
    elif kind == "annual":
        values = {"title": "Annual Quality Assurance Audit Report",
                  "period_label": "2026/27 (April 2026 to March 2027)", **audit, "months": MONTHS}
    elif kind == "supervision":
        values = {"title": "Quality of Supervision Practice", "period_label": "Q3 2026/27 (October to December 2026)",
                  "summary": {"supervision_audits": 9, "practitioners": 9, "expected": 12, "received_percent": 75},
                  "heads": [{"head_of_service": "Claire Whitworth", "service": "Assessment and Child Protection",
                             "expected": 6, "received": 5},
                            {"head_of_service": "David Okonjo", "service": "Children in Care", "expected": 3,
                             "received": 3},
                            {"head_of_service": "Mark Ellison", "service": "Early Help", "expected": 3,
                             "received": 1}],
                  "grades": GRADES, "strengths": STRENGTHS[:1], "development": DEVELOPMENT[1:], "other": NO_OTHER,
                  "charts": {}}
    elif kind == "briefing":
        values = {"title": "7 Minute Briefing", "period_label": "Q3 2026/27 (October to December 2026)",
                  "summary": dict(SUMMARY), "strengths": STRENGTHS, "development": DEVELOPMENT, **BRIEFING}
    else:
        raise ValueError(kind)
    return copy.deepcopy(COMMON | values)


def empty(kind: str) -> dict[str, Any]:
    """The `kind` context for a period in which nothing was received."""
    values = context(kind)
    for key in ("services", "teams", "strengths", "development", "urgent", "inadequate", "thematic", "priorities",
                "heads", "re_audits"):
        if key in values:
            values[key] = []
    for row in values.get("grades", []):
        row["auditor"] = row["final"] = 0
    if "moderation" in values:
        values["moderation"] = {"moderated": 0, "changed": 0, "raised": 0, "lowered": 0, "confirmed": 0,
                                "changes": []}
    if "actions" in values:
        values["actions"] = {"open": 0, "overdue": 0, "completed": 0, "total": 0, "rows": []}
    if "feedback" in values:
        values["feedback"] = {"audits": 0, "sought": 0, "not_sought": 0, "not_said": 0, "sought_percent": None,
                              "sentence": "", "detail": ""}
    if "service_actions" in values:
        values["service_actions"] = {"open": 0, "overdue": 0, "completed": 0, "total": 0, "rows": []}
    if "observations" in values:
        values["observations"] = {"count": 0, "strengths": [], "development": [], "other": NO_OTHER}
    if "other" in values:
        values["other"] = NO_OTHER
    if "months" in values:
        values["months"] = [{"label": row["label"], "audits": 0, "good_or_better": 0, "good_or_better_percent": None}
                            for row in values["months"]]
    if "summary" in values:
        values["summary"] = {key: (None if key.endswith("percent") else 0) for key in values["summary"]}
    return values
