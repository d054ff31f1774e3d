"""Every layout councils use for audit forms gives the same JSON fields."""

import json
from datetime import date

import pytest
from forms_helpers import (
    DocxForm,
    add_legacy_checkbox,
    add_run,
    add_xml,
    cell_paragraph,
    checkbox_control,
    date_control,
    definitions,
    dropdown_control,
)

from bot.forms import parse_bytes
from bot.forms.model import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT

MISSING_CASE_ID = (
    "No case ID found. Please add the child's case number (for example in a 'Child ID' box) and send the form again."
)


def parse(builder: DocxForm, name: str = "audit.docx"):
    form = parse_bytes(builder.bytes(), name, definitions())
    json.dumps(form.to_json())  # always serialisable
    return form


def test_two_column_label_value_table():
    builder = DocxForm()
    builder.table(
        [
            ["Child's LCS number:", "LCS 1234567"],
            ["Name of auditor", "Jane Auditor"],
            ["Allocated social worker", "Ali Khan"],
            ["Team", "Assessment Team 2"],
            ["Service area", "Children's Social Care"],
            ["Date of audit", "03/11/2026"],
            ["Overall judgement", "Requires improvement"],
        ]
    )
    form = parse(builder)
    assert form.ok, form.errors
    assert form.to_json() | {} == form.to_json()
    assert (form.form, form.case_id, form.auditor, form.practitioner) == ("case_file_audit", "1234567", "Jane Auditor", "Ali Khan")
    assert (form.team, form.service, form.date) == ("Assessment Team 2", "Children's Social Care", date(2026, 11, 3))
    assert form.grade == REQUIRES_IMPROVEMENT and form.final_grade == REQUIRES_IMPROVEMENT
    assert form.warnings == []


def test_four_column_rows_pair_each_label_with_the_cell_after_it():
    builder = DocxForm()
    builder.table(
        [
            ["Child ID", "2345678", "Auditor", "Jane Auditor"],
            ["Practitioner", "Ali Khan", "Date completed", "3 Nov 2026"],
            ["Team", None, "Overall grade", "Good"],
        ]
    )
    form = parse(builder)
    assert (form.case_id, form.auditor, form.practitioner, form.date, form.grade) == (
        "2345678", "Jane Auditor", "Ali Khan", date(2026, 11, 3), GOOD,
    )
    assert form.team is None


def test_a_header_row_of_labels_with_values_below():
    builder = DocxForm()
    builder.table([["Child ID", "Auditor", "Audit date", "Overall grade"], ["3456789", "Jane Auditor", "2026-11-03", "Outstanding"]])
    form = parse(builder)
    assert (form.case_id, form.auditor, form.date, form.grade) == ("3456789", "Jane Auditor", date(2026, 11, 3), OUTSTANDING)


def test_label_colon_value_paragraphs():
    builder = DocxForm()
    builder.paragraph("Case Number: 4567890")
    builder.paragraph("Audited by - Jane Auditor")
    builder.paragraph("Social worker:\tAli Khan")
    builder.paragraph("Date of audit: Tuesday 3rd November 2026")
    builder.paragraph("Overall grade: GOOD")
    form = parse(builder)
    assert (form.case_id, form.auditor, form.practitioner, form.date, form.grade) == (
        "4567890", "Jane Auditor", "Ali Khan", date(2026, 11, 3), GOOD,
    )


def test_a_bold_label_run_followed_by_its_value():
    builder = DocxForm()
    paragraph = builder.paragraph()
    add_run(paragraph, "Child ID ", bold=True)
    add_run(paragraph, "5678901")
    builder.paragraph("Grade: Inadequate - child not seen")
    form = parse(builder)
    assert (form.case_id, form.grade) == ("5678901", INADEQUATE)


def test_label_paragraphs_followed_by_bullets_until_the_next_heading():
    builder = DocxForm()
    builder.paragraph("Child ID: 6789012")
    builder.paragraph("Overall grade: Good")
    builder.heading("Strengths")
    builder.bullets("Direct work shows the child's wishes", "Chronology is up to date")
    builder.paragraph("Areas for improvement", bold=True)
    builder.bullets("Genogram needs updating")
    builder.paragraph("Even better if")
    builder.paragraph("The plan were SMART.")
    builder.heading("Next steps")
    builder.paragraph("Not a development area.")
    form = parse(builder)
    assert form.strengths == ["Direct work shows the child's wishes", "Chronology is up to date"]
    assert form.development_areas == ["Genogram needs updating", "The plan were SMART."]


def test_typed_bullets_are_stripped():
    builder = DocxForm()
    builder.paragraph("Child ID: 6789012")
    builder.paragraph("Strengths:")
    builder.paragraph("\u2022 Good rapport")
    builder.paragraph("- Timely visits")
    form = parse(builder)
    assert form.strengths == ["Good rapport", "Timely visits"]


def test_a_label_paragraph_followed_by_a_box_to_type_in():
    builder = DocxForm()
    builder.paragraph("Child ID: 7890123")
    builder.paragraph("What is working well?")
    builder.table([["Consistent social worker\nChild seen alone"]])
    form = parse(builder)
    assert form.strengths == ["Consistent social worker", "Child seen alone"]


def test_a_single_column_table_of_labels_and_answers():
    builder = DocxForm()
    builder.table([["Child ID"], ["8901234"], ["Strengths"], ["Voice of the child is clear"], ["Areas for development"], ["Update the plan"]])
    form = parse(builder)
    assert (form.case_id, form.strengths, form.development_areas) == ("8901234", ["Voice of the child is clear"], ["Update the plan"])


def test_a_cell_with_a_label_paragraph_and_its_bullets():
    builder = DocxForm()
    table = builder.table([["Child ID", "9012345"], [None, None]])
    cell = table.cell(1, 0).merge(table.cell(1, 1))
    cell.paragraphs[0].text = "Strengths"
    cell.add_paragraph("Good multi-agency work", style="List Bullet")
    cell.add_paragraph("Plan reviewed on time", style="List Bullet")
    form = parse(builder)
    assert form.strengths == ["Good multi-agency work", "Plan reviewed on time"]


def test_a_label_cell_with_guidance_under_the_label():
    builder = DocxForm()
    builder.table([["Child ID", "1122334"], ["Strengths\n(consider voice, planning and oversight)", "Clear plan"]])
    table = builder.document.tables[0]
    cell = table.cell(1, 0)
    cell.paragraphs[0].text = "Strengths"
    cell.add_paragraph("Consider voice, planning and oversight")
    form = parse(builder)
    assert form.strengths == ["Clear plan"]


@pytest.mark.parametrize(
    "written, expected",
    [
        ("1234567", "1234567"),
        ("LCS 1234567", "1234567"),
        ("EHM 123456", "123456"),
        ("1234567 (Mosaic)", "1234567"),
        # A service's letters before the number are part of it, space or none.
        ("EH 308268", "EH 308268"),
        ("CSC 9988776", "CSC 9988776"),
        ("ID 1234567", "1234567"),
        ("Mosaic ID: 1234567", "1234567"),
        # Letters joined on are part of the reference, as the system writes it.
        ("LCS1234567", "LCS1234567"),
        ("C204518", "C204518"),
        ("LCS-204518", "LCS-204518"),
        ("EH/20451", "EH/20451"),
        ("EH/20451 (Family Support)", "EH/20451"),
    ],
)
def test_case_id_spellings(written, expected):
    builder = DocxForm()
    builder.table([["Child ID", written], ["Overall grade", "Good"]])
    assert parse(builder).case_id == expected


def test_a_case_id_box_holding_only_a_name_is_no_case_id():
    builder = DocxForm()
    builder.table([["Child ID", "Tyler Smith"], ["Overall grade", "Good"]])
    form = parse(builder)
    assert not form.ok and form.case_id is None
    assert form.errors == [MISSING_CASE_ID]
    assert "Tyler" not in json.dumps(form.to_json())


def test_a_form_without_a_case_id_is_refused_in_plain_words():
    builder = DocxForm()
    builder.table([["Auditor", "Jane Auditor"], ["Overall grade", "Good"]])
    form = parse(builder)
    assert not form.ok
    assert form.errors == [MISSING_CASE_ID]


def test_a_form_without_any_grade_is_refused():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"]])
    form = parse(builder)
    assert not form.ok
    assert form.errors[0].startswith("No overall grade found.")


def test_a_missing_date_is_a_warning_not_an_error():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Auditor", "Jane Auditor"], ["Overall grade", "Good"]])
    form = parse(builder)
    assert form.ok
    assert form.warnings == ["No date found on the form; the date the email arrived will be used."]


def test_an_impossible_date_is_a_warning():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Date of audit", "31/02/2026"], ["Overall grade", "Good"]])
    form = parse(builder)
    assert form.ok and form.date is None
    assert any("31/02/2026" in warning and "not a real date" in warning for warning in form.warnings)


@pytest.mark.parametrize(
    "written, grade",
    [
        ("RI", REQUIRES_IMPROVEMENT),
        ("RIG", REQUIRES_IMPROVEMENT),
        ("Requires improvement", REQUIRES_IMPROVEMENT),
        ("REQUIRES IMPROVEMENT TO BE GOOD", REQUIRES_IMPROVEMENT),
        ("Requires Improvement to be Good", REQUIRES_IMPROVEMENT),
        ("GOOD", GOOD),
        ("Good.", GOOD),
        ("Outstanding", OUTSTANDING),
        ("Inadequate - drift and delay", INADEQUATE),
    ],
)
def test_grades_in_every_spelling(written, grade):
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", written]])
    assert parse(builder).grade == grade


def test_a_grade_chosen_with_content_control_checkboxes():
    builder = DocxForm()
    table = builder.table([["Child ID", "1234567"], ["Overall grade", None]])
    paragraph = cell_paragraph(table, 1, 1)
    for checked, label in ((False, "Outstanding"), (False, "Good"), (True, "Requires improvement"), (False, "Inadequate")):
        add_xml(paragraph, checkbox_control(checked))
        add_run(paragraph, f" {label} ")
    assert parse(builder).grade == REQUIRES_IMPROVEMENT


def test_a_grade_chosen_with_legacy_checkboxes_one_per_line():
    builder = DocxForm()
    table = builder.table([["Child ID", "1234567"], ["Overall judgement", None]])
    cell = table.cell(1, 1)
    for index, (checked, label) in enumerate(((False, "Outstanding"), (True, "Good"), (False, "RI"), (False, "Inadequate"))):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        add_legacy_checkbox(paragraph, checked)
        add_run(paragraph, f" {label}")
    assert parse(builder).grade == GOOD


def test_a_grade_chosen_from_a_drop_down():
    builder = DocxForm()
    table = builder.table([["Child ID", "1234567"], ["Overall grade", None]])
    add_xml(cell_paragraph(table, 1, 1), dropdown_control("Inadequate"))
    assert parse(builder).grade == INADEQUATE


def test_a_drop_down_left_on_its_placeholder_is_no_grade():
    builder = DocxForm()
    table = builder.table([["Child ID", "1234567"], ["Overall grade", None]])
    add_xml(cell_paragraph(table, 1, 1), dropdown_control("Choose an item.", placeholder=True))
    form = parse(builder)
    assert form.grade is None and not form.ok


def test_a_cell_listing_every_grade_with_none_chosen_is_no_grade_with_a_warning():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Outstanding / Good / Requires Improvement / Inadequate"]])
    form = parse(builder)
    assert form.grade is None and not form.ok
    assert "The overall grade lists the grades but none is marked; please mark one." in form.warnings


def test_the_highlighted_option_is_the_chosen_grade():
    builder = DocxForm()
    table = builder.table([["Child ID", "1234567"], ["Overall grade", None]])
    paragraph = cell_paragraph(table, 1, 1)
    add_run(paragraph, "Outstanding / ")
    add_run(paragraph, "Good", highlight=True)
    add_run(paragraph, " / RI / Inadequate")
    assert parse(builder).grade == GOOD


def test_options_struck_through_are_not_chosen():
    builder = DocxForm()
    table = builder.table([["Child ID", "1234567"], ["Overall grade", None]])
    paragraph = cell_paragraph(table, 1, 1)
    for label, struck in (("Outstanding", True), ("Good", True), ("Requires improvement", False), ("Inadequate", True)):
        run = add_run(paragraph, f"{label} ")
        run.font.strike = struck
    assert parse(builder).grade == REQUIRES_IMPROVEMENT


def test_a_date_picker_gives_the_audit_date():
    builder = DocxForm()
    table = builder.table([["Child ID", "1234567"], ["Date of audit", None], ["Overall grade", "Good"]])
    add_xml(cell_paragraph(table, 1, 1), date_control("2026-11-03T00:00:00Z", "03/11/2026"))
    assert parse(builder).date == date(2026, 11, 3)


def test_a_section_grade_table_with_comments():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.table(
        [
            ["Domain", "Judgement", "Evidence"],
            ["Child's voice", "Good", "Wishes recorded"],
            ["Planning", "RI", "Plan not SMART"],
            ["Supervision", "Requires improvement to be good", ""],
            ["Quality of case recording", "outstanding", ""],
        ]
    )
    form = parse(builder)
    assert form.section_grades == {
        "Voice of the child": GOOD,
        "Planning": REQUIRES_IMPROVEMENT,
        "Management oversight and supervision": REQUIRES_IMPROVEMENT,
        "Chronology and case recording": OUTSTANDING,
    }
    assert form.extra["section_comments"] == {"Voice of the child": "Wishes recorded", "Planning": "Plan not SMART"}


@pytest.mark.parametrize("tick", ["X", "x", "\u2612", "\u2713", "Yes", "\u2714"])
def test_a_grade_matrix_with_a_tick_in_the_chosen_column(tick):
    builder = DocxForm()
    builder.table([["Child ID", "1234567"]])
    builder.table(
        [
            ["Area", "Outstanding", "Good", "Requires Improvement", "Inadequate"],
            ["Voice of the child", None, tick, None, None],
            ["Assessment", None, None, tick, None],
            ["Overall grade", None, tick, None, None],
        ]
    )
    form = parse(builder)
    assert form.section_grades == {"Voice of the child": GOOD, "Assessment": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD


def test_sections_with_inline_ticks_and_no_header():
    builder = DocxForm()
    builder.table(
        [
            ["Child ID", "1234567"],
            ["Overall grade", "Good"],
            ["Working with not doing to", "\u2610 Outstanding \u2612 Good \u2610 Requires improvement \u2610 Inadequate"],
            ["Our own local heading", "\u2612 Outstanding \u2610 Good \u2610 Requires improvement \u2610 Inadequate"],
            ["Chronology and genogram", "Good"],
        ]
    )
    form = parse(builder)
    assert form.section_grades == {
        "Working with, not doing to": GOOD,
        "Our own local heading": OUTSTANDING,
        "History and networks": GOOD,
    }


def test_section_lines_in_paragraphs():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("Voice of the child: Outstanding")
    builder.paragraph("Assessment - Good")
    assert parse(builder).section_grades == {"Voice of the child": OUTSTANDING, "Assessment": GOOD}


def test_an_actions_table_by_who_by_when():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.table(
        [
            ["Actions required", "By whom", "By when"],
            ["Update the chronology", "Ali Khan (SW)", "01/12/2026"],
            ["Child to be seen alone", "SW", "Immediately"],
            ["Review the plan at core group", "Practice manager", "2 weeks"],
            [None, None, None],
        ]
    )
    form = parse(builder)
    assert [action.to_json() for action in form.actions] == [
        {"action": "Update the chronology", "owner": "Ali Khan (SW)", "due": "2026-12-01"},
        {"action": "Child to be seen alone (timescale: Immediately)", "owner": "SW", "due": None},
        {"action": "Review the plan at core group (timescale: 2 weeks)", "owner": "Practice manager", "due": None},
    ]


def test_an_actions_table_with_other_headers_and_columns():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.table([["No.", "Action", "Responsible", "Due date", "Completed"], ["1", "Genogram", "SW", "3 Dec 2026", ""]])
    form = parse(builder)
    assert [action.to_json() for action in form.actions] == [{"action": "Genogram", "owner": "SW", "due": "2026-12-03"}]


def test_actions_listed_under_a_label():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("Actions")
    builder.bullets("Update chronology by 01/12/2026", "Share audit with SW")
    form = parse(builder)
    assert [action.to_json() for action in form.actions] == [
        {"action": "Update chronology by 01/12/2026", "owner": None, "due": "2026-12-01"},
        {"action": "Share audit with SW", "owner": None, "due": None},
    ]


@pytest.mark.parametrize(
    "answer, concern",
    [("No", False), ("Yes", True), ("None identified", False), ("\u2612 Yes \u2610 No", True), ("\u2610 Yes \u2612 No", False)],
)
def test_urgent_concern_written_or_ticked(answer, concern):
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"], ["Are there any immediate safeguarding concerns?", answer]])
    form = parse(builder)
    assert form.urgent_concern is concern
    assert form.urgent_concern_detail is None


def test_urgent_concern_from_a_drop_down_with_details():
    builder = DocxForm()
    table = builder.table(
        [
            ["Child ID", "1234567"],
            ["Overall grade", "Inadequate"],
            ["Urgent concerns", None],
            ["If yes, please give details", "Child not seen for 10 weeks; HoS informed"],
        ]
    )
    add_xml(cell_paragraph(table, 2, 1), dropdown_control("Yes", items=("Yes", "No")))
    form = parse(builder)
    assert form.urgent_concern is True
    assert form.urgent_concern_detail == "Child not seen for 10 weeks; HoS informed"


def test_urgent_concern_with_detail_after_yes():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("Immediate concerns about the child's safety? Yes - referred to MASH on 03/11/2026")
    form = parse(builder)
    assert form.urgent_concern is True
    assert form.urgent_concern_detail == "referred to MASH on 03/11/2026"


def test_details_of_a_concern_under_no_are_still_a_concern():
    builder = DocxForm()
    builder.table(
        [["Child ID", "1234567"], ["Overall grade", "Good"], ["Urgent concerns", "No"], ["Details of concern", "Bruising seen on visit"]]
    )
    form = parse(builder)
    assert form.urgent_concern is True
    assert form.urgent_concern_detail == "Bruising seen on visit"
    assert any("treated as an urgent concern" in warning for warning in form.warnings)


def test_placeholder_text_is_empty():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Auditor", "Click or tap here to enter text."], ["Overall grade", "Good"]])
    form = parse(builder)
    assert form.auditor is None


def test_an_action_written_on_one_line_by_who_by_when():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("Actions required")
    builder.bullets("Complete the direct work module \u2013 Ali Khan \u2013 11 Dec 2026", "Book a core group - 01/12/2026")
    form = parse(builder)
    assert [action.to_json() for action in form.actions] == [
        {"action": "Complete the direct work module", "owner": "Ali Khan", "due": "2026-12-11"},
        {"action": "Book a core group", "owner": None, "due": "2026-12-01"},
    ]


def test_actions_written_as_labelled_lines():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    for action, owner, due in (("Update the plan", "Social worker", "30/12/26"), ("Hold a network meeting", "Practice manager", "2 weeks")):
        builder.paragraph(f"Action: {action}")
        builder.paragraph(f"By who: {owner}")
        builder.paragraph(f"By when: {due}")
    form = parse(builder)
    assert [action.to_json() for action in form.actions] == [
        {"action": "Update the plan", "owner": "Social worker", "due": "2026-12-30"},
        {"action": "Hold a network meeting (timescale: 2 weeks)", "owner": "Practice manager", "due": None},
    ]


def test_sections_as_titles_each_followed_by_a_judgement_line():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    for name, grade, evidence in (("Our local area one", "Good", "Evidence one."), ("Our local area two", "RI", "Evidence two.")):
        builder.paragraph(name, bold=True)
        builder.paragraph(f"Judgement: {grade}")
        builder.paragraph(evidence)
    builder.paragraph("Overall judgement: Requires improvement")
    form = parse(builder)
    assert form.section_grades == {"Our local area one": GOOD, "Our local area two": REQUIRES_IMPROVEMENT}
    assert form.extra["section_comments"] == {"Our local area one": "Evidence one.", "Our local area two": "Evidence two."}
    assert form.grade == REQUIRES_IMPROVEMENT


def test_section_names_across_a_row_with_grades_below():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.table([["Voice of the child", "Assessment", "Planning"], ["GOOD", "RI", "Outstanding"]])
    form = parse(builder)
    assert form.section_grades == {"Voice of the child": GOOD, "Assessment": REQUIRES_IMPROVEMENT, "Planning": OUTSTANDING}


def test_a_header_row_with_an_empty_cell_at_the_end():
    builder = DocxForm()
    builder.table([["Child ID", "Auditor", "Audit date", None], ["1234567", "Jane Auditor", "3 Nov 2026", None], ["Overall grade", "Good"]])
    form = parse(builder)
    assert (form.case_id, form.auditor, form.date) == ("1234567", "Jane Auditor", date(2026, 11, 3))


def test_cells_that_each_hold_a_label_and_its_value():
    """'Session observed: Family time | Team: Children in Care Team': the
    next cell is another answer, never the first one's value."""
    builder = DocxForm()
    builder.heading("Observation of practice", 1)
    builder.table([
        ["Date of observation: 26 Oct 2026", "Worker: Leila Haddad", "Observer: Julie Barlow"],
        ["Session observed: Family time session", "Team: Children in Care Team", "Case no.: 4421639"],
    ])
    builder.paragraph("Overall judgement: Good")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert (form.case_id, form.practitioner, form.auditor) == ("4421639", "Leila Haddad", "Julie Barlow")
    assert form.team == "Children in Care Team"
    assert form.extra.get("setting") == "Family time session"
    assert form.date == date(2026, 10, 26)


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def test_a_grade_grid_marked_by_shading_the_chosen_cell_and_an_overall_row():
    builder = DocxForm("Early Help Assessment and Plan – Quality Assurance Audit")
    builder.table([["Early Help ref", "EH/46812"], ["QA completed by", "Priya Raman, Assistant Director"]])
    grid = builder.table([["Area of practice", "Outstanding", "Good", "Requires improvement", "Inadequate", "Evidence"],
                          ["Voice of the child", None, None, None, None, "Not seen alone"],
                          ["Management oversight", None, None, None, None, "Regular"]])
    _shade(grid.cell(1, 4), "A6A6A6")
    _shade(grid.cell(2, 2), "A6A6A6")
    overall = builder.table([[None, "Outstanding", "Good", "Requires improvement", "Inadequate"],
                             ["Overall judgement on the quality of Early Help practice", None, None, None, None]])
    _shade(overall.cell(1, 3), "A6A6A6")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert (form.case_id, form.auditor) == ("EH/46812", "Priya Raman")
    assert form.section_grades == {"Voice of the child": INADEQUATE, "Management oversight": GOOD}
    assert form.grade == REQUIRES_IMPROVEMENT


def test_an_observation_of_supervision_read_by_meaning():
    """Labels nobody listed, a table of areas with printed prompts beside
    the evidence, and a list of cases discussed that is not the form's case."""
    builder = DocxForm("Observation of Supervision")
    for line in ("Name of who is being observed: Karen Holt, Team Manager", "Team: Family Safeguarding Team 2",
                 "Name of who is observing: Claire Whitworth (HoS)", "Date of the observation of supervision: 5 October 2026",
                 "Type of supervision observed: Reflective supervision",
                 "Cases discussed (for context only): 8805889 – Bobbi (1); 7349257 – Ibrahim (12)"):
        builder.paragraph(line)
    builder.table([["Issue / element", "What are you trying to notice?", "Evidence and commentary"],
                   ["Setting", "Does the room help the conversation?", "A quiet room booked in advance."],
                   ["Use of authority", "How is responsibility taken?", "Mostly case management."]])
    builder.paragraph("What worked well", bold=True)
    builder.bullets("Each case discussion ends with clear actions.")
    builder.paragraph("Even better if", bold=True)
    builder.bullets("Learning needs are not reviewed.")
    builder.paragraph("Overall judgement of the supervision observed: good – reflective and well paced")
    builder.paragraph("Reflective feedback conversation held with the supervisor afterwards? Yes")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert (form.practitioner, form.auditor, form.case_id) == ("Karen Holt", "Claire Whitworth", None)
    assert (form.grade, form.date) == (GOOD, date(2026, 10, 5))
    assert form.extra["setting"] == "Reflective supervision"
    assert form.extra["reflective_discussion"] is True
    assert (form.strengths, form.development_areas) == (["Each case discussion ends with clear actions."],
                                                        ["Learning needs are not reviewed."])
    assert "Bobbi" not in json.dumps(form.to_json())


def test_a_section_heading_above_a_table_closed_by_its_quality_rating_row():
    builder = DocxForm("Social Work Supervision Audit Tool")
    builder.table([["Name of Auditor:", "Claire Whitworth", "Name of Supervisor:", "Joanne Fletcher"]])
    builder.heading("Section 1 – Frequency of supervision", 3)
    builder.table([["Audit area", "Y", "N", "N/A"], ["1.1", "Is there a supervision agreement?", "X"],
                   ["Auditor comments and quality rating for this section", "Agreement is current.", "Good"]])
    builder.heading("Section 2 – Reflection and analysis", 3)
    builder.table([["Audit area", "Y", "N", "N/A"], ["2.1", "Is there reflective discussion?", "X"],
                   ["Auditor comments and quality rating for this section", "Hypotheses not revisited.",
                    "Requires improvement"]])
    builder.heading("Moderation", 3)
    builder.table([["Moderated grade", "Good"]])
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert form.section_grades == {"Section 1 – Frequency of supervision": GOOD,
                                   "Section 2 – Reflection and analysis": REQUIRES_IMPROVEMENT}
    assert form.moderated_grade == GOOD


def test_a_lettered_part_heads_the_overall_grade_marked_under_the_four_grades():
    builder = DocxForm("Direct Observation of Practice – Home Visit")
    builder.table([["Practitioner observed", "Megan Pryce", "Observer", "Julie Barlow"],
                   ["Date of visit", "21 Oct 2026", "Child's record", "Mosaic ID: 7422760"]])
    builder.paragraph("Part C – Overall quality of the visit observed", bold=True)
    builder.table([["Outstanding", "Good", "Requires Improvement to be Good", "Inadequate"], [None, None, "X", None]])
    builder.paragraph("Recommendations", bold=True)
    builder.table([["Recommendation", "Agency / lead", "By"], ["Share the plan with school", "Megan Pryce", "11/11/2026"]])
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert form.grade == REQUIRES_IMPROVEMENT
    assert [(action.owner, action.due) for action in form.actions] == [("Megan Pryce", date(2026, 11, 11))]


def test_numbered_areas_closed_by_a_bare_grade_line_and_a_going_well_heading():
    builder = DocxForm("Team Around the Family – Reflective Case Summary")
    for line in ("Family reference: EH/70118", "Reviewed by: Colin Heap, Early Help Manager",
                 "Grades: 1 Outstanding · 2 Good · 3 Requires improvement · 4 Inadequate"):
        builder.paragraph(line)
    for title, evidence, grade in (("1. Voice of the child", "Seen alone.", "Grade 2 (Good)"),
                                   ("2. Lead professional role", "No oversight.", "Grade 4 (Inadequate)")):
        builder.paragraph(title, bold=True)
        builder.paragraph(evidence)
        builder.paragraph(grade)
    builder.paragraph("3. What is going well", bold=True)
    builder.paragraph("The chronology is up to date.")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert form.section_grades == {"1. Voice of the child": GOOD, "2. Lead professional role": INADEQUATE}
    assert form.strengths == ["The chronology is up to date."]
