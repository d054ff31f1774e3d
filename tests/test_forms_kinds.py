"""Which kind of form a document is, from its title, headings and labels."""

import pytest
from forms_helpers import DocxForm, definitions

from bot.forms import parse_bytes


def kind_of(builder: DocxForm):
    return parse_bytes(builder.bytes(), "form.docx", definitions())


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("Full Case File Audit Tool", "case_file_audit"),
        ("FULL CASE REVIEW", "case_file_audit"),
        ("Observation of Practice", "observation"),
        ("Direct observation of practice - record", "observation"),
        ("Thematic audit: neglect", "thematic_audit"),
        ("Dip sample audit", "thematic_audit"),
        ("Supervision audit tool", "supervision_audit"),
        ("Head of Service Overview Report", "moderation_overview"),
        ("Multi-agency case file audit", "multi_agency_audit"),
        ("Early Help case file audit tool", "early_help_audit"),
        ("EHA audit tool", "early_help_audit"),
    ],
)
def test_the_heading_names_the_kind(heading, kind):
    assert kind_of(DocxForm(heading=heading)).form == kind


def test_the_title_property_is_used_when_the_body_does_not_say():
    builder = DocxForm(heading=None, title_property="Observation of practice")
    builder.table([["Practitioner", "Ali Khan"]])
    assert kind_of(builder).form == "observation"


def test_the_body_wins_over_a_stale_title_property():
    builder = DocxForm(heading="Observation of practice", title_property="Case file audit template")
    assert kind_of(builder).form == "observation"


def test_labels_only_one_kind_uses_decide_when_nothing_names_the_kind():
    builder = DocxForm(heading=None)
    builder.table([["Worker observed", "Ali Khan"], ["Observer", "Jane Auditor"], ["Date of observation", "03/11/2026"]])
    form = kind_of(builder)
    assert form.form == "observation" and form.ok
    assert form.practitioner == "Ali Khan" and form.auditor == "Jane Auditor"


def test_an_unrecognised_form_is_read_as_the_default_kind_with_a_warning():
    builder = DocxForm(heading="Monthly return")
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    form = kind_of(builder)
    assert form.form == "case_file_audit"
    assert form.warnings[0].startswith("The kind of form was not recognised")


def test_an_audit_no_kind_names_is_read_as_a_case_file_audit_without_a_warning():
    for title in ("File Audit Tool", "Pathway Plan Audit Tool for Managers", "Child Protection Chair's Audit"):
        builder = DocxForm(heading=title)
        builder.table([["Child ID", "1234567"], ["Auditor", "Jane Auditor"], ["Date of audit", "03/11/2026"],
                       ["Overall grade", "Good"]])
        form = kind_of(builder)
        assert form.form == "case_file_audit" and form.warnings == [], title


def test_an_observation_needs_the_practitioner_observed():
    builder = DocxForm(heading="Observation of Practice")
    builder.table([["Observer", "Jane Auditor"], ["Date of observation", "03/11/2026"]])
    form = kind_of(builder)
    assert not form.ok
    assert form.errors == [
        "No practitioner found. Please add the practitioner's name (for example in a 'Practitioner' box) and send the form again."
    ]


def test_an_observation_keeps_its_own_fields_in_extra():
    builder = DocxForm(heading="Observation of Practice")
    builder.table(
        [
            ["Worker observed", "Ali Khan"],
            ["Observed by", "Jane Auditor"],
            ["Date of observation", "3rd November 2026"],
            ["Setting", "Home visit"],
            ["Strengths", "Warm and child-focused"],
            ["Reflective discussion held?", "Yes"],
        ]
    )
    form = kind_of(builder)
    assert form.ok and form.warnings == []
    assert form.extra == {"setting": "Home visit", "reflective_discussion": True}
    assert form.strengths == ["Warm and child-focused"]


def test_the_page_header_names_the_kind():
    builder = DocxForm(heading=None)
    builder.document.sections[0].header.paragraphs[0].text = "Supervision Audit Tool"
    builder.table([["Supervisee", "Ali Khan"], ["Auditor", "Jane Auditor"]])
    form = kind_of(builder)
    assert form.form == "supervision_audit" and form.practitioner == "Ali Khan"


def test_a_kind_label_takes_over_a_shared_one():
    builder = DocxForm(heading="Head of Service Overview Report")
    builder.table([["Head of Service", "Sam Head"], ["Period covered", "October 2026"], ["Number of audits moderated", "12"]])
    form = kind_of(builder)
    assert form.form == "moderation_overview"
    assert form.auditor == "Sam Head"
    assert form.extra == {"period": "October 2026", "audits_moderated": "12"}


def test_an_overview_listing_cases_reads_each_cases_moderated_grade_and_is_no_case_of_its_own():
    builder = DocxForm(heading="Head of Service Moderation Overview")
    builder.table([["Head of Service", "Claire Whitworth"], ["Month", "October 2026"], ["Date completed", "12/11/2026"]])
    builder.table([
        ["Case ID", "Auditor", "Auditor's grade", "Moderated grade"],
        ["1234567", "Joanne Fletcher", "Good", "Requires improvement"],
        ["2345678", "Joanne Fletcher", "Good", "Good"],
        ["EH/20451", "Jane Smith", "RI", "Inadequate"],
        ["3456789", "Jane Smith", "Outstanding", "Good"],
        ["4567890", "Sam Lateman", "Inadequate", ""],
    ])
    form = parse_bytes(builder.bytes(), "overview.docx", definitions())
    assert form.form == "moderation_overview"
    assert (form.case_id, form.grade) == (None, None), "an overview is no case's audit"
    assert form.extra["moderated_cases"] == {
        "1234567": "Requires Improvement to be Good", "2345678": "Good", "EH/20451": "Inadequate", "3456789": "Good"}
    assert form.extra["cases_listed"] == ["1234567", "2345678", "EH/20451", "3456789", "4567890"]
