"""Head of Service moderation: comments typed in a different colour on to the
audit form, concluding with a moderated judgement (2018 framework)."""

import io
import json
from datetime import date

from docx.shared import RGBColor
from forms_helpers import (
    CONFIG,
    DocxForm,
    Filled,
    Ink,
    Printed,
    Struck,
    add_run,
    cell_paragraph,
    definitions,
    styled_workbook,
    xlsx_bytes,
    xlsx_with_headings,
)
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from bot.forms import load_definitions, parse_bytes
from bot.forms.model import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT

RED, BLUE, NAVY, GREEN = "FF0000", "0070C0", "1F3864", "00B050"


def parse(builder: DocxForm):
    return parse_bytes(builder.bytes(), "audit.docx", definitions())


def audit(grade: str = "Good") -> DocxForm:
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Auditor", "Jane Auditor"], ["Date of audit", "03/11/2026"], ["Overall grade", grade]])
    return builder


def test_comments_in_another_colour_are_moderator_comments_and_leave_the_auditors_text():
    builder = audit()
    table = builder.table([["Strengths", None], ["Areas for development", "Update the genogram"]])
    paragraph = table.cell(0, 1).paragraphs[0]
    add_run(paragraph, "Good direct work with the child. ")
    add_run(paragraph, "HoS: ", colour=RED)
    add_run(paragraph, "agree, and the ", colour=RED)
    add_run(paragraph, "chronology is strong.", colour=RED)
    builder.paragraph("Moderated judgement: Requires improvement", colour=RED)
    form = parse(builder)
    assert form.strengths == ["Good direct work with the child."]
    assert form.moderator_comments == ["HoS: agree, and the chronology is strong."]
    assert form.grade == GOOD
    assert form.moderated_grade == REQUIRES_IMPROVEMENT
    assert form.final_grade == REQUIRES_IMPROVEMENT
    assert form.moderated


def test_each_coloured_stretch_is_one_comment():
    builder = audit()
    paragraph = builder.paragraph("The plan is clear. ")
    add_run(paragraph, "I agree.", colour=RED)
    add_run(paragraph, " Visits are regular. ")
    add_run(paragraph, "Needs a review date.", colour=RED)
    form = parse(builder)
    assert form.moderator_comments == ["I agree.", "Needs a review date."]


def test_coloured_paragraphs_in_one_cell_join_into_one_comment():
    builder = audit()
    table = builder.table([["Areas for development", "Plan drift."]])
    cell = table.cell(0, 1)
    add_run(cell.add_paragraph(), "Moderator agrees.", colour=BLUE)
    add_run(cell.add_paragraph(), "Escalate to IRO.", colour=BLUE)
    form = parse(builder)
    assert form.development_areas == ["Plan drift."]
    assert form.moderator_comments == ["Moderator agrees. Escalate to IRO."]


def test_a_moderated_judgement_typed_beside_the_auditors_grade():
    builder = DocxForm()
    table = builder.table([["Child ID", "1234567"], ["Overall grade", None]])
    paragraph = table.cell(1, 1).paragraphs[0]
    add_run(paragraph, "Good ")
    add_run(paragraph, "Inadequate", colour=RED)
    form = parse(builder)
    assert (form.grade, form.moderated_grade, form.final_grade) == (GOOD, INADEQUATE, INADEQUATE)
    assert form.moderator_comments == []


def test_a_moderated_judgement_row_without_comments():
    builder = audit("Good")
    builder.table([["HoS moderated judgement", "RI"]])
    form = parse(builder)
    assert form.moderated_grade == REQUIRES_IMPROVEMENT and form.moderator_comments == []
    assert form.warnings == []


def test_comments_without_a_moderated_judgement_warn_that_the_auditors_grade_stands():
    builder = audit("Good")
    builder.paragraph("Head of Service comments")
    builder.paragraph("A thorough audit; the grade is fair.")
    form = parse(builder)
    assert form.moderator_comments == ["A thorough audit; the grade is fair."]
    assert form.moderated_grade is None and form.final_grade == GOOD
    assert "Moderator's comments were found but no moderated judgement; the auditor's grade stands." in form.warnings


def test_labelled_coloured_comments_are_not_listed_twice():
    builder = audit("Good")
    builder.table([["Moderator's comments", None], ["Moderated judgement", "Good"]])
    add_run(builder.document.tables[-1].cell(0, 1).paragraphs[0], "Agree with the auditor.", colour=RED)
    form = parse(builder)
    assert form.moderator_comments == ["Agree with the auditor."]


def test_template_colours_headings_labels_and_white_header_text_are_not_moderation():
    builder = DocxForm()
    heading = builder.paragraph()
    add_run(heading, "Section 1: About the child", colour=NAVY, bold=True)
    builder.heading("Audit details")
    table = builder.table([["Child ID", "1234567"], ["Overall grade", "Good"], ["Voice", "Good"]])
    label = table.cell(0, 0).paragraphs[0]
    label.runs[0].font.color.rgb = None
    add_run(label, " (from the case record)", colour=BLUE)
    add_run(builder.paragraph(), "Guidance: consider the child's lived experience", colour=BLUE)
    add_run(builder.paragraph(), "See the practice standards", colour="0563C1")
    add_run(builder.paragraph(), "Grey prompt text", colour="808080")
    header = builder.table([["Area", "Grade", "Comments"], ["Assessment", "Good", "Timely"]])
    header.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = None
    for cell in header.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = None
    add_run(header.cell(0, 2).paragraphs[0], " (evidence)", colour="FFFFFF")
    form = parse(builder)
    assert form.moderator_comments == []


def test_an_auditor_typing_everything_in_blue_is_not_a_moderator():
    builder = DocxForm()
    table = builder.table(
        [["Child ID", None], ["Overall grade", None], ["Strengths", None], ["Areas for development", None]]
    )
    for row, text in enumerate(["1234567", "Good", "Long and detailed account of strong direct work with the child and family over many months", "Genogram"]):
        add_run(table.cell(row, 1).paragraphs[0], text, colour=BLUE)
    add_run(builder.paragraph(), "HoS: agree with the grade.", colour=RED)
    form = parse(builder)
    assert form.strengths == ["Long and detailed account of strong direct work with the child and family over many months"]
    assert form.moderator_comments == ["HoS: agree with the grade."]


def test_an_observations_coloured_authorisation_is_a_comment_without_a_judgement():
    builder = DocxForm(heading="Observation of Practice")
    builder.table([["Practitioner observed", "Ali Khan"], ["Observer", "Jane Auditor"], ["Date of observation", "03/11/2026"]])
    builder.paragraph("Head of Service authorisation", bold=True)
    builder.paragraph("Read by: Sam Head", colour=RED)
    add_run(builder.paragraph(), "Read and authorised; a helpful observation.", colour=RED)
    form = parse(builder)
    assert form.form == "observation"
    assert form.moderator_comments == ["Read and authorised; a helpful observation."]
    assert form.extra["moderator"] == "Sam Head"
    assert form.warnings == []


def test_kinds_nobody_moderates_are_not_read_for_colours(tmp_path):
    config = tmp_path / "forms.yaml"
    config.write_text(CONFIG.read_text().replace(
        "    moderation: judgement\n    # (The Head of Service completes it", "    # (The Head of Service completes it", 1))
    unmoderated = load_definitions(config)
    assert not unmoderated.kinds["thematic_audit"].moderated
    builder = DocxForm(heading="Thematic audit: neglect")
    builder.table([["Theme", "Neglect"], ["Completed by Head of Service", "Susan Pemberton"],
                   ["Date of dip sample", "12/10/2026"], ["Overall grade", "Good"]])
    add_run(builder.paragraph(), "Red text in a thematic audit", colour=RED)
    form = parse_bytes(builder.bytes(), "audit.docx", unmoderated)
    assert form.form == "thematic_audit" and form.moderator_comments == []


def test_a_thematic_audit_is_moderated_by_a_senior_manager_whose_judgement_stands():
    # 2025 framework 2.4: "all audit activity undertaken will be moderated";
    # the Head of Service completes the thematic audit, someone senior moderates it.
    builder = DocxForm(heading="Thematic audit: neglect")
    builder.table([["Theme", "Neglect"], ["Completed by Head of Service", "Susan Pemberton"],
                   ["Date of dip sample", "12/10/2026"], ["Overall grade", "Good"]])
    builder.paragraph("Moderation", bold=True)
    add_run(builder.paragraph(), "Two of the five plans had no contingency; I cannot agree good. "
            "Moderated judgement: Requires improvement", colour=BLUE)
    form = parse(builder)
    assert form.form == "thematic_audit"
    assert form.grade == GOOD and form.moderated_grade == REQUIRES_IMPROVEMENT
    assert form.final_grade == REQUIRES_IMPROVEMENT


def test_a_sheets_long_title_in_the_templates_heading_colour_is_not_moderation():
    brand = "6B2C91"
    workbook = Workbook()
    cover = workbook.active
    cover.title = "Cover"
    cover["A1"] = "Northmoor Council"
    cover["A1"].font = Font(bold=True, color=brand)
    rows = [("Supervisee", "Sophie Tranter"), ("Supervisor", "Paul Gregson"), ("Auditor", "Claire Whitworth"),
            ("Date of review", "29.10.26"),
            ("Overall grade for the quality of supervision", "Good")]
    for number, (label, value) in enumerate(rows, start=3):
        cover.cell(number, 1, label).font = Font(bold=True)
        cover.cell(number, 2, value)
    sign_off = workbook.create_sheet("Sign-off")
    sign_off["A1"] = "Quality Assurance: Review of a Practitioner's Supervision File \u2013 actions and sign-off"
    sign_off["A1"].font = Font(bold=True, color=brand)
    sign_off["A3"] = "Moderation"
    sign_off["A3"].font = Font(bold=True, color=brand)
    sign_off["A4"], sign_off["A5"] = "Moderated by", "Comments"
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "Supervision audit.xlsx", definitions())
    assert form.form == "supervision_audit"
    assert form.moderator_comments == [] and form.moderated_grade is None and form.warnings == []


def test_the_councils_coloured_name_line_and_headings_are_not_moderation():
    brand = "1F4E79"
    builder = DocxForm(heading=None)
    builder.paragraph("Northmoor Borough Council \u2013 Children and Families", colour=brand)
    builder.paragraph("Full Case File Audit", colour=brand, bold=True)
    builder.paragraph("Complete every section and return it to the audit mailbox", colour=brand)
    builder.table([["Child ID", "1234567"], ["Auditor", "Jane Auditor"], ["Practitioner", "Ali Khan"],
                   ["Date of audit", "03/11/2026"], ["Overall grade", "Good"]])
    builder.paragraph("Strengths", colour=brand, bold=True)
    builder.paragraph("Regular visits, seen alone, and the child's wishes are recorded in every visit note. "
                      "The assessment is up to date and the plan is reviewed with the family each month.")
    builder.paragraph("Areas for development", colour=brand, bold=True)
    builder.paragraph("The chronology has not been updated since the summer and the genogram is missing.")
    builder.paragraph("Think about the child's lived experience", colour=brand)
    form = parse(builder)
    assert form.moderator_comments == [] and form.moderated_grade is None
    assert form.warnings == []


def test_a_moderator_writing_in_the_brand_colour_inside_an_answer_box_is_still_read():
    brand = "1F4E79"
    builder = DocxForm(heading=None)
    builder.paragraph("Northmoor Borough Council", colour=brand)
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    table = builder.table([["Moderator's comments", ""]])
    add_run(cell_paragraph(table, 0, 1), "Agree with the grade; chronology still out of date.", colour=brand)
    form = parse(builder)
    assert form.moderator_comments == ["Agree with the grade; chronology still out of date."]


def test_a_boxs_printed_question_in_colour_is_not_moderation_but_a_question_after_the_answer_is():
    builder = audit()
    table = builder.table([["Reflection", None], ["Feedback", None]])
    box = table.cell(0, 1)
    add_run(box.paragraphs[0], "What went well during the session? What did you feel proud of?", colour="2E74B5")
    add_run(box.add_paragraph(), "Challenge to the parents was respectful.")
    other = table.cell(1, 1)
    add_run(other.paragraphs[0], "How did you make this happen?", colour="2E74B5")
    add_run(other.add_paragraph(), "I read the last review first.")
    add_run(other.add_paragraph(), "Has this been shared with the family?", colour=RED)
    form = parse(builder)
    assert form.moderator_comments == ["Has this been shared with the family?"]


def test_a_spreadsheets_coloured_titles_headers_and_red_amber_green_grades_are_not_moderation():
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    def workbook(comment_colour: str | None = None) -> bytes:
        book = Workbook()
        sheet = book.active
        sheet.append(["Northmoor Council \u2013 Case File Audit Record"])
        sheet.append(["Case details", None, None, None, "Findings", None, "Grades", None, None, "Moderation"])
        sheet.append(["Case ID", "Social worker", "Auditor", "Date of audit", "Strengths", "Areas for development",
                      "Assessment", "Planning", "Overall grade", "HoS comments"])
        sheet.append(["C2045187", "Jo Marsh", "Sam Lateman", "14/10/2026", "Visits are regular", "Update the chronology",
                      "Good", "RI", "Good", "Agree, the plan is clear" if comment_colour else None])
        for row in (1, 2, 3):
            for cell in sheet[row]:
                cell.font = Font(color=RED)  # the council's brand colour, not bold
        for cell, colour in (("G4", "00B050"), ("H4", "FFC000"), ("I4", "00B050")):
            sheet[cell].font = Font(color=colour)  # each grade in its own green or amber
        if comment_colour:
            sheet["J4"].font = Font(color=comment_colour)
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()

    plain = parse_bytes(workbook(), "audit.xlsx", definitions())
    assert plain.moderator_comments == [] and plain.moderated_grade is None and not plain.warnings
    assert plain.grade == GOOD and plain.section_grades == {"Assessment": GOOD, "Planning": REQUIRES_IMPROVEMENT}
    moderated = parse_bytes(workbook(BLUE), "audit.xlsx", definitions())
    assert moderated.moderator_comments == ["Agree, the plan is clear"] and moderated.grade == GOOD


def test_a_coloured_title_row_across_an_areas_table_and_grey_guidance_are_not_moderation():
    builder = audit()
    table = builder.table([["2. Quality of assessment"], ["The assessment weighs the risks."]])
    add_run(cell_paragraph(table, 1, 0), " Consider the child's lived experience.", "8C8C8C")
    for run in table.cell(0, 0).paragraphs[0].runs:
        run.font.color.rgb = RGBColor.from_string(RED)
    form = parse(builder)
    assert form.moderator_comments == [] and not form.warnings


def test_a_grade_column_whose_hint_names_the_head_of_service_is_the_moderated_grade():
    builder = DocxForm("Case File Audit")
    builder.table([["Case ref", "LCS-2045187", "SW", "Jo Marsh"], ["Auditor (TM)", "Sam Lateman", "Date", "14-Oct-2026"]])
    builder.table([["Grade (Aud)", "Grade (HoS)"], ["RI", "Good"]])
    form = parse(builder)
    assert (form.grade, form.moderated_grade, form.final_grade) == (REQUIRES_IMPROVEMENT, GOOD, GOOD)
    assert not form.errors


def test_a_moderators_comment_concluding_with_the_moderated_judgement_gives_it():
    builder = audit("RI")
    table = builder.table([["HoS comments", None]])
    add_run(cell_paragraph(table, 0, 1), "Agree with the analysis, but the plan is now on track. Moderated judgement: Good", BLUE)
    form = parse(builder)
    assert form.moderated_grade == GOOD and form.final_grade == GOOD and not form.warnings


def test_a_forms_coloured_questions_numbered_titles_and_instructions_are_not_moderation():
    builder = audit()
    questions = builder.table([["Is there evidence that the child's voice influences the plan?", "Yes, recorded in the plan."],
                               ["Has the assessment been updated in the last six months?", "Yes, in August."]])
    for row in questions.rows:
        for run in row.cells[0].paragraphs[0].runs:
            run.font.color.rgb = RGBColor.from_string(RED)
    builder.paragraph("2. Summary of the case", colour=RED)
    builder.paragraph("The family have been known since 2024.")
    builder.paragraph("Once completed, send this form to the QA team.", colour=RED)
    form = parse(builder)
    assert form.moderator_comments == [] and not form.warnings


def test_a_moderation_box_saying_the_moderation_is_still_to_come_is_no_moderation():
    for said in ("Not yet moderated.", "Awaiting HoS review.", "To be completed by the Head of Service.",
                 "Head of Service to complete."):
        builder = audit()
        builder.paragraph("Head of Service comments", bold=True)
        builder.paragraph(said)
        form = parse(builder)
        assert form.moderator_comments == [] and not form.warnings, said


def test_a_guidance_sheet_under_a_title_band_is_not_moderation():
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.append(["Case File Audit Record"])
    sheet.append(["Case ID", "Auditor", "Date of audit", "Overall grade"])
    sheet.append(["C2045187", "Sam Lateman", "14/10/2026", "Good"])
    guidance = book.create_sheet("Guidance")
    guidance.append(["How to complete the audit record"])
    guidance.append(["Enter one audit per row and choose the grade from the list."])
    guidance["A1"].font = Font(color="FFFFFF", bold=True)
    guidance["A1"].fill = PatternFill("solid", fgColor="1F3864")
    guidance["A2"].font = Font(color=RED)
    buffer = io.BytesIO()
    book.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.moderator_comments == [] and form.grade == GOOD and not form.warnings


def test_the_date_a_moderator_types_in_colour_is_no_comment_and_not_the_audits_date():
    builder = audit()
    builder.paragraph("Moderation by the chair", bold=True)
    table = builder.table([["Moderated by", None], ["Date", None], ["Comments", None]])
    for row, text in enumerate(["Claire Whitworth", "Monday 19 October 2026", "The direct work is stronger than it says."]):
        add_run(cell_paragraph(table, row, 1), text, colour="00B050")
    form = parse(builder)
    assert form.moderator_comments == ["The direct work is stronger than it says."]
    assert form.date.isoformat() == "2026-11-03"


def test_a_workbook_s_partnership_name_and_title_in_colour_on_its_guidance_sheet_are_not_moderation():
    brand = "005EB8"
    title = "Northmoor Safeguarding Children Partnership \u2013 Joint Partnership Audit of a Child's Case"
    sheets = {"How to complete": [[title], [], ["\u2022 Grade each line of enquiry."],
                                  ["\u2022 The Head of Service moderates a sample each quarter."]],
              "Audit": [["Northmoor Safeguarding Children Partnership"], [],
                        ["Case no.", "3138390"], ["Lead auditor", "Julie Barlow"], ["Date of audit", "02/10/2026"],
                        ["Overall grade", "Good"], [], ["Moderator's comments", "Not sampled for moderation."]]}
    colours = {("How to complete", 1, 1): brand, ("Audit", 1, 1): brand}
    form = parse_bytes(xlsx_bytes(sheets, colours), "audit.xlsx", definitions())
    assert form.moderator_comments == [] and not form.moderated
    assert not any("Moderator" in warning for warning in form.warnings)
    assert "[name]" not in json.dumps(form.to_json())


def test_the_job_title_a_moderator_types_in_colour_is_no_comment():
    builder = audit()
    builder.paragraph("Moderation (Head of Service)", bold=True)
    table = builder.table([["Name", None], ["Role", None], ["Moderator's comments", None]])
    for row, text in enumerate(["Mark Ellison", "Head of Early Help", "A thorough, reflective audit."]):
        add_run(cell_paragraph(table, row, 1), text, colour="2E75B6")
    form = parse(builder)
    assert form.moderator_comments == ["A thorough, reflective audit."]


def findings_report_in_questions() -> DocxForm:
    """A moderation overview asking its details as numbered questions, each
    answered on the line below, its cases on cards of their own."""
    builder = DocxForm(heading=None)
    builder.paragraph("Northmoor Council \u2013 Children's Services")
    builder.paragraph("Case Audit Moderation: Findings and Actions", bold=True)
    for line in ("A1. Who completed the moderation?",
                 "Mark Ellison \u2013 Service Manager (on behalf of Head of Service)",
                 "A2. When was it completed?", "11.11.26",
                 "A3. Which service's audits were moderated?", "Early Help",
                 "A4. How many audits were moderated?", "2 of the 8 audits completed in October 2026"):
        builder.paragraph(line)
    builder.paragraph("Cases moderated", bold=True)
    for number, case, grade in ((1, "CS-8259464", "Req. improvement"), (2, "4877818", "Inadequate")):
        builder.paragraph(f"Case {number}")
        builder.table([["Case reference", case], ["Auditor", "Jane Smith"], ["Auditor's judgement", grade],
                       ["Moderator agrees?", "Agree"], ["Moderated judgement", grade]])
    builder.paragraph("Actions", bold=True)
    builder.paragraph("No actions arising beyond those already set in the audits.")
    builder.table([["Moderator's overall comment", "Auditors are evidencing their judgements more clearly."],
                   ["Signed", "Mark Ellison"]])
    return builder


def test_an_overview_asking_its_details_as_questions_with_its_cases_on_cards():
    form = parse(findings_report_in_questions())
    # "Case Audit Moderation" over cards of cases is an overview, not one case's audit.
    assert form.form == "moderation_overview" and form.case_id is None
    assert form.extra["moderated_cases"] == {"CS-8259464": REQUIRES_IMPROVEMENT, "4877818": INADEQUATE}
    # Who moderated wrote it; for whom they act is no part of their name.
    assert form.auditor == "Mark Ellison" and form.service == "Early Help"
    # The month is the one the audits counted were completed in.
    assert form.extra["period"] == "October 2026" and form.ok
    assert form.actions == []
    # The moderator's own closing comment moderates nothing: it is the author's.
    assert not form.moderated
    assert form.extra["overall_comment"] == "Auditors are evidencing their judgements more clearly."


def test_an_overview_memo_its_author_and_service_in_the_from_line_and_a_column_of_cases():
    builder = DocxForm(heading=None)
    builder.paragraph("Audit Moderation \u2013 Findings Report", bold=True)
    builder.paragraph("From: Susan Pemberton, Head of Service, Children with Disabilities")
    builder.paragraph("Subject: Moderation of October 2026 case audits (3 cases)")
    table = builder.table([["Ref", "Worker / team", "Audited by", "Auditor's grade", "Moderated grade (highlight)",
                            "Comments"],
                           ["CSC/7349929", "Megan Pryce, Children with Disabilities Team", "Sarah Hollins", "GOOD", None,
                            "Plan not updated after the last core group."],
                           ["CSC/2346101", "Gareth Lloyd, Children with Disabilities Team", "Sarah Hollins",
                            "Req. improvement", None, None],
                           ["CSC/5909188", "Leila Haddad, Children with Disabilities Team", "Sarah Hollins",
                            "Inadequate", None, "Good use of the family network in planning."]])
    for row, chosen in ((1, "Requires Improvement"), (2, "Requires Improvement"), (3, "Inadequate")):
        paragraph = cell_paragraph(table, row, 4)
        for option in ("Outstanding", "Good", "Requires Improvement", "Inadequate"):
            add_run(paragraph, option, highlight=option == chosen)
            add_run(paragraph, " / ")
    form = parse(builder)
    # ("Audit Moderation – Findings Report" names no one: the service's own words.)
    assert form.auditor == "Susan Pemberton" and form.service == "Children with Disabilities"
    # A column of references and moderated grades lists cases, not areas.
    assert form.section_grades == {}
    assert form.extra["moderated_cases"] == {"CSC/7349929": REQUIRES_IMPROVEMENT,
                                             "CSC/2346101": REQUIRES_IMPROVEMENT,
                                             "CSC/5909188": INADEQUATE}


def test_a_shortened_grade_ticked_as_agreed_in_an_overviews_one_grade_column():
    builder = DocxForm("Moderation Findings Report")
    builder.paragraph("Month: October 2026")
    builder.table([["Case reference", "Allocated worker", "Auditor", "Judgement", "Moderator's comments"],
                   ["EH/36180", "Leanne Ogden", "Colin Heap", "GOOD \u2713 agreed", None],
                   ["EHM176496", "Farah Malik", "Lynne Cartwright", "R.I. \u2713 agreed", None],
                   ["EH/45904", "Farah Malik", "Lynne Cartwright", "Req. Imp. \u2713 agreed", None]])
    form = parse(builder)
    assert form.extra["moderated_cases"] == {"EH/36180": GOOD, "EHM176496": REQUIRES_IMPROVEMENT,
                                             "EH/45904": REQUIRES_IMPROVEMENT}


def test_the_words_of_a_title_after_a_dash_are_nobodys_name():
    builder = DocxForm(heading=None)
    builder.paragraph("Audit Moderation \u2013 Findings Report", bold=True)
    builder.paragraph("Month: October 2026")
    builder.table([["Case reference", "Auditor's grade", "Moderated grade"],
                   ["C1140809", "Good", "Good"], ["C8249263", "Good", "Requires improvement"]])
    form = parse(builder)
    # Not "Findings Report": no author is named, so the receipt asks.
    assert form.auditor is None
    assert any("auditor" in warning for warning in form.warnings)


def test_an_overview_copied_to_a_board_counting_its_case_file_reviews():
    builder = DocxForm("Case File Review Moderation \u2013 Monthly Summary")
    builder.table([["Service area", "Assessment and Child Protection"],
                   ["Moderated by (Head of Service)", "Claire Whitworth"], ["Reviews completed in", "Oct 2026"],
                   ["No. of case file reviews", "2"], ["Copy to", "Improvement and Assurance Board"]])
    builder.table([["Case no.", "Reviewer's grade", "HoS agrees?", "Moderated grade"],
                   ["7799707", "Requires improvement", "Y", "Requires improvement"],
                   ["9634461", "Good", "N", "Requires improvement"]])
    builder.paragraph("What is working well", bold=True)
    builder.paragraph("Findings go to the Improvement and Assurance Board each month.")
    form = parse(builder)
    assert form.extra["audits_moderated"] == "2"
    # A board is no one's name: nothing of it is taken out of the text.
    assert form.strengths == ["Findings go to the Improvement and Assurance Board each month."]
    assert form.extra["moderated_cases"] == {"7799707": REQUIRES_IMPROVEMENT, "9634461": REQUIRES_IMPROVEMENT}


def test_a_grade_is_never_redacted_as_a_name():
    from bot.forms.parser import _redact_value
    from bot.forms.privacy import PersonalData, Redactor

    redactor = Redactor(PersonalData(family_names=["Dean Good"]))
    assert _redact_value({"moderated_cases": {"C1": GOOD}}, redactor) == {"moderated_cases": {"C1": GOOD}}
    assert "Dean" not in _redact_value({"note": "Dean Good attended."}, redactor)["note"]


def test_an_overview_in_two_languages_its_cases_bulleted():
    builder = DocxForm("Case File Review Moderation \u2013 Monthly Summary / Crynodeb Cymedroli")
    builder.table([["Gwasanaeth / Service", "Assessment and Child Protection", "Head of Service", "Claire Whitworth"],
                   ["Reviews completed in", "October 2026", "Number of reviews moderated", "2"]])
    builder.paragraph("Case file reviews moderated", bold=True)
    builder.paragraph("\u2022 C7296542 \u2013 Family Safeguarding Team 2; reviewed by Karen Holt, graded Inadequate. "
                      "HoS does not agree \u2013 moderated grade Requires improvement.")
    builder.paragraph("\u2022 LCS-1853885 \u2013 Assessment Team 1; reviewed by Joanne Fletcher, graded Good. HoS agrees.")
    builder.paragraph("Beth sy'n gweithio'n dda / What is working well", bold=True)
    builder.paragraph("1. In 6 of the 8 cases audited chronologies were up to date.")
    builder.paragraph("Camau gweithredu / Actions", bold=True)
    builder.paragraph("1. Management oversight to be recorded monthly on every case. \u2013 Claire Whitworth, "
                      "by 23rd Nov 2026")
    form = parse(builder)
    assert form.extra["moderated_cases"] == {"C7296542": REQUIRES_IMPROVEMENT, "LCS-1853885": GOOD}
    assert form.strengths == ["In 6 of the 8 cases audited chronologies were up to date."]
    assert [action.due.isoformat() for action in form.actions] == ["2026-11-23"]


def moderation_return(details: list[list[object]], cases: list[list[object]],
                      actions: list[list[object]] | None = None) -> dict:
    """A Head of Service's monthly moderation return kept as a workbook."""
    sheet: list[list[object]] = [["Northmoor Council \u2013 Children and Families Directorate"],
                                 ["HoS Moderation of Case Audits"], [], ["Return details"], *details, [], *cases]
    if actions:
        sheet += [[], ["3. Prioritised actions"], *actions]
    form = parse_bytes(xlsx_bytes({"Summary": sheet}), "return.xlsx", definitions())
    assert form.form == "moderation_overview", form.to_json()
    return form.to_json()


def test_a_return_s_details_over_their_values_with_the_head_of_service_s_role_among_them():
    details = [["Head of Service", "Service", "Role", "Month of audits moderated", "Date completed",
                "Number of audits moderated"],
               ["Claire Whitworth", "Assessment and Child Protection", "Head of Service", "October 2026",
                "6 November 2026", 2]]
    cases = [["2. Audits moderated this month"],
             ["CSC/1897393 \u2013 audited by Paul Gregson: R.I.. Moderation: agree."],
             ["CS-1353375 \u2013 audited by Joanne Fletcher: good. Moderation: do not agree \u2013 R.I.. "
              "Plan is not SMART."],
             ["LCS5010261 \u2013 audited by Julie Barlow: inadequate. Moderation: do not agree."]]
    result = moderation_return(details, cases)
    # ("Head of Service" under "Role" is her job title, not a label.)
    assert (result["auditor"], result["service"]) == ("Claire Whitworth", "Assessment and Child Protection")
    assert result["extra"]["period"] == "October 2026" and result["extra"]["audits_moderated"] == "2"
    # The first case told on the line under the title is a case too, and
    # "do not agree – R.I.." moves the grade.
    assert result["extra"]["moderated_cases"] == {"CSC/1897393": REQUIRES_IMPROVEMENT,
                                                  "CS-1353375": REQUIRES_IMPROVEMENT}
    # "do not agree" with no grade of the moderator's: asked, not the auditor's grade.
    assert any("LCS5010261" in warning for warning in result["warnings"])


def test_an_overview_s_cases_marked_a_under_the_auditor_s_grade_and_m_under_the_moderator_s():
    details = [["Head of Service", None, "Mark Ellison"], ["Month", None, "October 2026"]]
    cases = [["2. Audits moderated this month"],
             ["Mark A under the auditor's grade and M under the moderated grade (AM where they agree)."],
             ["Case ref", "Team", "Auditor", "Outstanding", "Good", "RI", "Inadequate", "Moderator's comment"],
             ["1352087", "Assessment Team 2", "Joanne Fletcher", "M", "A", None, None, "Drift not reflected."],
             ["5311637", "Assessment Team 1", "Karen Holt", None, None, "A", "M", "Oversight absent."],
             ["6033188", "Assessment Team 1", "Paul Gregson", None, "AM"],
             ["4851624", "Assessment Team 1", "Paul Gregson", None, "A"]]
    result = moderation_return(details, cases)
    assert result["extra"]["moderated_cases"] == {"1352087": "Outstanding", "5311637": INADEQUATE, "6033188": GOOD}
    # The moderator left no mark on the last: asked about, not the auditor's grade.
    assert "4851624" in result["extra"]["cases_listed"]
    assert any("4851624" in warning for warning in result["warnings"])


def test_actions_whose_values_stand_one_column_left_of_their_headers():
    details = [["Head of Service", None, "Mark Ellison"], ["Month", None, "October 2026"]]
    cases = [["C6948359 \u2013 audited by Julie Barlow: Good. Moderation: agree."],
             ["CS-2868118 \u2013 audited by Andrew Booth: Good. Moderation: agree."]]
    # ("Action" spans three columns; its values' "Lead" and "By when" fall a
    # column short of their headers.)
    actions = [["No.", "Action", None, None, None, "Lead", "By when"],
               [1, "Management oversight to be recorded monthly on every case.", None, None, "QA lead",
                "23/12/2026"]]
    result = moderation_return(details, cases, actions)
    assert result["actions"] == [{"action": "Management oversight to be recorded monthly on every case.",
                                  "owner": "QA lead", "due": "2026-12-23"}]


def test_a_monthly_report_its_grid_marked_with_the_grade_agreed_beside_the_auditor_s():
    builder = DocxForm(None)
    builder.paragraph("Head of Service Moderation \u2013 Monthly Report \u2013 October 2026", colour="A6192E", bold=True)
    details = builder.table([[None]])
    first = cell_paragraph(details, 0, 0)
    add_run(first, "Interim Head of Service \u2013 Susan Pemberton")
    for line in ("Service \u2013 Children with Disabilities", "No. of audits moderated \u2013 3",
                 "Report date \u2013 6 November 2026"):
        add_run(details.cell(0, 0).add_paragraph(), line)
    builder.paragraph("Section A \u2013 Audits moderated", bold=True)
    builder.paragraph("Mark the grade agreed at moderation under the grade columns.")
    builder.table([["Case reference", "Worker (team)", "Auditor", "Auditor's grade", "Outstanding", "Good",
                    "Requires Improvement", "Inadequate", "Agreed with auditor"],
                   ["LCS7264042", "Daniel Price", "Sarah Hollins", "GOOD", None, "\u25cf", None, None, "Yes"],
                   ["LCS1962820", "Chloe Dawson", "Karen Holt", "GOOD", None, None, "\u25cf", None,
                    "N \u2013 Grade not supported by the evidence on file."]])
    builder.paragraph("C7792826 \u2013 Rachel Greenwood. Audited by Andrew Booth, graded Inadequate. Moderated grade: "
                      "requires improvement (disagree with auditor). Audit under-credits the direct work.")
    form = parse(builder)
    assert form.form == "moderation_overview"
    # The mark is the grade agreed at moderation; the auditor's grade stands beside it.
    assert form.extra["moderated_cases"] == {"LCS7264042": GOOD, "LCS1962820": REQUIRES_IMPROVEMENT,
                                             "C7792826": REQUIRES_IMPROVEMENT}
    assert form.section_grades == {}
    # Its title and details are the overview's own, no comment moderating it.
    assert form.moderator_comments == [] and not form.moderated
    assert (form.auditor, form.service) == ("Susan Pemberton", "Children with Disabilities")
    # (The instruction under "Audits moderated" is no count.)
    assert form.extra["audits_moderated"] == "3"


def test_an_outcome_report_its_grades_left_standing_among_initials_struck_through():
    builder = DocxForm("Service Moderation Report \u2013 Case Audits")
    builder.table([["Moderator", "Nasreen Akhtar"], ["Month of audits", "October 2026"], ["No. of cases", "3"]])
    table = builder.table([["Case reference", "Team", "Audited by", "Auditor's grade", "Moderated grade (O / G / RI / I)"],
                           ["6902662", "Safeguarding Unit", "Jane Smith", "G", None],
                           ["4745267", "Safeguarding Unit", "Jane Smith", "RI", None],
                           ["9530680", "Safeguarding Unit", "Jane Smith", "G", None]])
    for row, standing, comment in ((1, "G", "Agree \u2013 analysis is clear."), (2, "RI", None), (3, None, None)):
        options = cell_paragraph(table, row, 4)
        for number, option in enumerate(("O", "G", "RI", "I")):
            run = add_run(options, option, bold=option == standing)
            # ("O / G / RI / I" left whole where the moderator chose none.)
            run.font.strike = standing is not None and option != standing
            if number < 3:
                add_run(options, " / ")
        if comment:
            add_run(table.cell(row, 4).add_paragraph(), comment, colour="538135")
    builder.paragraph("1. LCS8133209 (Safeguarding Unit, worker Martin Crowther) \u2013 audited by Lynne Cartwright, "
                      "graded Good. Agreed. Supervision notes thin.")
    builder.paragraph("Were any cases referred for urgent management action? Yes \u2013 6902662 escalated to the "
                      "Service Manager: risks from a new partner not assessed.")
    form = parse(builder)
    assert form.form == "moderation_overview"
    # The grade left standing, not "RI" found among the options; none left
    # standing is asked about.
    assert form.extra["moderated_cases"] == {"6902662": GOOD, "4745267": REQUIRES_IMPROVEMENT, "LCS8133209": GOOD}
    assert any("9530680" in warning for warning in form.warnings)
    assert form.extra["audits_moderated"] == "3"  # "No. of cases": a count
    assert form.urgent_concern is True and form.case_id is None


def moderation_note(title: str = "Moderation of Managers' Audits \u2013 Note \u2013 October 2026") -> DocxForm:
    builder = DocxForm(title)
    builder.paragraph("This note records my moderation of 3 case audits completed by team managers in "
                      "October 2026. Moderated by Nasreen Akhtar, Head of Service, Safeguarding and Quality "
                      "Assurance, on 11.11.26.")
    return builder


def test_a_moderation_note_its_cases_typed_as_lines_set_apart_by_bars():
    builder = moderation_note()
    builder.paragraph("Case  |  auditor  |  auditor's grade  |  agree?  |  moderated grade")
    builder.paragraph("CSC/3184236  |  Jane Smith  |  R.I.  |  \u2713  |  \u2013")
    line = builder.paragraph("CSC/5081379  |  Paul Gregson  |  Inadequate  |  \u2717  |  ")
    add_run(line, "Req. Imp. \u2013 progress for the child is clear; regraded.", colour=BLUE)
    builder.paragraph("CSC/7290703  |  Paul Gregson  |  Good  |  \u2713  |  \u2013")
    builder.paragraph("2. Themes and learning", bold=True)
    builder.paragraph("Strengths across the audits: (1) In 2 of the 3 cases visits were purposeful. "
                      "(2) In 2 of the 3 cases the child's voice was clear.")
    builder.paragraph("What needs to improve: (1) In 2 of the 3 cases plans were not SMART.")
    form = parse(builder)
    assert form.form == "moderation_overview" and form.ok, form.errors
    # The author's sentence: who moderated, for which service, when, and how many.
    assert (form.auditor, form.service, form.date.isoformat()) == ("Nasreen Akhtar",
                                                                 "Safeguarding and Quality Assurance", "2026-11-11")
    assert form.extra["audits_moderated"] == "3"
    # A table typed as lines of text, its columns set apart by bars.
    assert form.extra["moderated_cases"] == {"CSC/3184236": REQUIRES_IMPROVEMENT,
                                             "CSC/5081379": REQUIRES_IMPROVEMENT, "CSC/7290703": GOOD}
    # Points numbered "(1) … (2) …" in one line, each a point, the second
    # list beside its label under the part's title.
    assert len(form.strengths) == 2 and len(form.development_areas) == 1


def test_a_moderation_note_a_card_for_each_case_titled_with_its_reference_and_the_child():
    builder = moderation_note("Case Audit Moderation: Head of Service Note")
    for number, case, child, agreed, moderated, comment in (
            (1, "C9104268", "Lacey Ormerod", "Agree", "No change", "Good use of the child's own words."),
            (2, "C7095324", "Summer Ashcroft", "Disagree", "Inadequate",
             "Summer's brother is on the same plan; the audit does not say how her needs are met.")):
        table = builder.table([[f"Case {number}:  {case} ({child})"], ["Audited by", "Colin Heap"],
                               ["Auditor's grade", "Good"], ["HoS agrees with grade?", agreed],
                               ["Moderated grade", moderated], ["HoS comments", comment]])
        table.cell(0, 0).merge(table.cell(0, 1))
    form = parse(builder)
    assert form.form == "moderation_overview" and form.ok, form.errors
    assert form.extra["moderated_cases"] == {"C9104268": GOOD, "C7095324": INADEQUATE}
    # The child named in brackets beside the case is kept out of the answers.
    assert "Summer" not in json.dumps(form.to_json())


def test_a_moderation_note_its_grades_marked_in_two_banks_of_columns_the_agreement_ticked():
    builder = moderation_note("Case Audit Moderation: Head of Service Note")
    options = ["O", "G", "RI", "I"]
    table = builder.table([["Case ref", "Auditor", "Auditor's grade", None, None, None, "Moderated grade (HoS)",
                            None, None, None, "Agree?"],
                           ["Case ref", "Auditor", *options, *options, "Agree?"],
                           ["LCS7862163 (Oakley Kowalczyk)", "Sarah Hollins", None, "\u25cf", None, None,
                            None, None, None, None, "\u2612 Agree   \u2610 Disagree"],
                           ["LCS6529205 (Callum Brookes)", "Sarah Hollins", None, "\u25cf", None, None,
                            None, None, "\u25cf", None, "\u2610 Agree   \u2612 Disagree"]])
    table.cell(0, 2).merge(table.cell(0, 5))
    table.cell(0, 6).merge(table.cell(0, 9))
    form = parse(builder)
    assert form.form == "moderation_overview" and form.ok, form.errors
    # The auditor's mark in the first bank; the moderator's, where there is
    # one, in the second; the agreement ticked among its options.
    assert form.extra["moderated_cases"] == {"LCS7862163": GOOD, "LCS6529205": REQUIRES_IMPROVEMENT}
    # The child named beside the case is kept out of the answers.
    assert "Hope" not in json.dumps(form.to_json())


def test_a_check_of_managers_audits_its_audits_one_to_a_column():
    rows = [["Northmoor Council \u2013 HoS Check of Managers' Audits"], [],
            ["Checked by: Claire Whitworth"], ["Audits completed in: October 2026"], ["Audits checked: 4"], [],
            [None, "Audit 1", "Audit 2", "Audit 3", "Audit 4"],
            ["Case no.", "LCS-7555884", "LCS-6120976", "LCS-4579635", "LCS-6802673"],
            ["Audited by", "Karen Holt", "Sarah Hollins", "Sarah Hollins", "Sarah Hollins"],
            ["Auditor's grade", "Good", "Good", "Requires improvement", "Good"],
            ["HoS agrees?", "\u2717", "\u2717", "\u2713", None],
            ["New grade (only if changed)", "Inadequate", None, None, None], [],
            ["Strengths across the audits checked"],
            ["In 3 of the 4 cases chronologies were up to date."],
            ["Areas for improvement across the audits checked"],
            ["In 3 of the 4 cases plans were not SMART."], [],
            ["Any child identified as needing immediate action to keep them safe?", "Yes \u2013 LCS-6120976."]]
    form = parse_bytes(xlsx_bytes({"Moderation": rows}), "check.xlsx", definitions())
    # The Head of Service's check of other managers' audits is an overview.
    assert form.form == "moderation_overview" and form.ok, form.errors
    assert (form.auditor, form.extra["period"], form.extra["audits_moderated"]) == ("Claire Whitworth", "October 2026", "4")
    # The audits one to a column: the new grade where changed; a blank one
    # under "only if changed" leaves the auditor's grade standing. A cross
    # alone in "agrees?" is No, and with no new grade the case is asked
    # about, never taken as agreed.
    assert form.extra["moderated_cases"] == {"LCS-7555884": INADEQUATE, "LCS-4579635": REQUIRES_IMPROVEMENT,
                                             "LCS-6802673": GOOD}
    assert any("LCS-6120976" in warning for warning in form.warnings)
    assert len(form.strengths) == 1 and len(form.development_areas) == 1
    assert form.urgent_concern is True


def test_an_overview_s_references_heading_its_columns_and_its_author_as_the_moderating_hos():
    rows = [["Northmoor Council \u2013 Children's Services"], ["Monthly Moderation of Case Audits"], [],
            ["Moderating HoS: Susan Pemberton"], ["Month: October 2026"], ["No. of audits: 3"], [],
            ["Themes across this month's audits"], ["Strengths across the sample"],
            ["Risk is re-assessed promptly."], [],
            ["Case ref", "CS-6995989", "CS-3292587", "CS-4295806"],
            ["Auditing manager", "Nicola Wragg", "Karen Holt", "Karen Holt"],
            ["Auditor's grade", "Good", "Outstanding", "Requires improvement"],
            ["HoS agrees?", "Agree", "Disagree", "Agree"],
            ["Moderated grade", "Good", "Good", "Requires improvement"], [],
            ["Immediate safety concern identified for any child during moderation?", None, None, None, "Yes",
             "CS-3292587: no visit for six weeks \u2013 escalated to the team manager."],
            ["Any child needing immediate safeguarding action? (Y/N)", None, None, None, "Yes"]]
    form = parse_bytes(xlsx_bytes({"Moderation": rows}), "tracker.xlsx", definitions())
    assert form.form == "moderation_overview" and form.ok, form.errors
    # Each column a case, its reference at its head: never one case's audit.
    assert form.case_id is None and form.team is None
    assert form.extra["moderated_cases"] == {"CS-6995989": GOOD, "CS-3292587": GOOD, "CS-4295806": REQUIRES_IMPROVEMENT}
    # The moderating Head of Service wrote it, not the first auditing manager.
    assert (form.auditor, form.extra["period"], form.extra["audits_moderated"]) == ("Susan Pemberton", "October 2026", "3")
    assert form.strengths == ["Risk is re-assessed promptly."]
    assert form.urgent_concern is True


def test_an_urgent_answer_beside_its_question_is_read_whatever_the_detail_and_hint_say():
    for question, answer in (("Immediate safety concern identified for any child during moderation?",
                              ["Yes", "CS-3292587: no visit for six weeks \u2013 escalated to the team manager."]),
                             ("Any child needing immediate safeguarding action? (Y/N)", ["Yes"])):
        rows = [["Monthly Moderation of Case Audits"], ["Head of Service", "Susan Pemberton"], ["Month", "October 2026"],
                ["Case ref", "Auditor's grade", "Moderated grade"], ["CS-6995989", "Good", "Good"],
                ["CS-3292587", "Good", "Inadequate"], [],
                [question, None, None, None, *answer]]
        form = parse_bytes(xlsx_bytes({"Moderation": rows}), "tracker.xlsx", definitions())
        assert form.urgent_concern is True, question
        assert not any(warning.startswith("The form asks") for warning in form.warnings), question


def test_an_overview_s_cases_marked_under_the_grades_with_the_moderated_grade_typed_beside():
    rows = [["Head of Service Audit Moderation Tracker"], ["Head of Service", "Claire Whitworth"],
            ["Audit month", "October 2026"], [],
            ["Case no.", "Audited by", "Outstanding", "Good", "Requires Improvement", "Inadequate", "HoS agrees?",
             "Moderated grade", "HoS comments"],
            ["MOS-7136084", "Sarah Hollins", None, None, "X", None, "N", "Inadequate", "Too generous."],
            ["MOS-1149553", "Sarah Hollins", None, "X", None, None, "Y", "Good", "Agree."]]
    form = parse_bytes(xlsx_bytes({"Moderation": rows}), "tracker.xlsx", definitions())
    assert form.extra["moderated_cases"] == {"MOS-7136084": INADEQUATE, "MOS-1149553": GOOD}


def test_the_grades_printed_in_the_moderators_colour_give_the_one_picked_out():
    # The four grades typed in the moderator's green, the one chosen in bold
    # and highlighted: that grade, never the last one printed.
    for separators in (None, "00B050"):
        builder = DocxForm("Case File Audit")
        builder.table([["Child ID", "1234567"], ["Auditor", "Jo Marsh"], ["Date of audit", "14/10/2026"],
                       ["Overall grade", "Good"]])
        builder.paragraph("Moderation (Head of Service)", bold=True)
        table = builder.table([["Moderated by", "Claire Whitworth"], ["Agree with grade?", "No \u2013 see below"],
                               ["Moderated grade", None]])
        paragraph = cell_paragraph(table, 2, 1)
        for number, grade in enumerate(("Outstanding", "Good", "Requires improvement", "Inadequate")):
            if number:
                add_run(paragraph, "  /  ", separators)
            add_run(paragraph, grade, "00B050", bold=number == 0, highlight=number == 0)
        form = parse_bytes(builder.bytes(), "audit.docx", definitions())
        assert (form.moderated_grade, form.final_grade) == (OUTSTANDING, OUTSTANDING), separators


def test_an_overview_s_cases_grouped_under_a_band_for_each_auditing_manager():
    rows = [["Head of Service Moderation Check"], ["Head of Service", "Mark Ellison"], ["Audit month", "October 2026"], [],
            ["No.", "Mosaic ID", "Date of audit", "Grade given", "Agreed (Y/N)", "Grade after check"],
            ["Audited by: Lynne Cartwright (2 audits)"],
            ["1", "LCS-4159290", "12 October 2026", "Req. Imp.", "Disagree", "inadequate"],
            ["2", "LCS-9611908", "14 October 2026", "RI", "Agree", "Requires Improvement"],
            ["Audited by: Colin Heap (1 audit)"],
            ["3", "LCS-8821026", "8 October 2026", "Good", "Agree", "Good"]]
    form = parse_bytes(xlsx_bytes({"Check": rows}), "check.xlsx", definitions())
    assert form.form == "moderation_overview" and form.ok, form.errors
    assert form.extra["moderated_cases"] == {"LCS-4159290": INADEQUATE, "LCS-9611908": REQUIRES_IMPROVEMENT,
                                             "LCS-8821026": GOOD}


def test_an_overview_s_cases_each_followed_by_the_head_of_service_s_row():
    from openpyxl import load_workbook
    from openpyxl.styles import Font, PatternFill

    rows = [["Head of Service Moderation Review"], ["Head of Service", "David Okonjo"], ["Month", "October 2026"], [],
            ["Case reference", "Who", "Date", "Judgement", "Agree with grade?", "Feedback to auditor"],
            ["8437021", "Sarah Hollins (auditor)", "08/10/2026", "good"],
            [None, "HoS \u2013 David Okonjo", "17/10/2026", "Requires Improvement", "\u2717", "Lowered: the plan has drifted."],
            ["7577835", "Nicola Wragg (auditor)", "20/10/2026", "INADEQUATE"],
            [None, "David Okonjo", "28/10/2026", "Requires Improvement", "\u2717"],
            ["1282530", "Andrew Booth (auditor)", "30/10/2026", "Requires Improvement"],
            [None, "HoS \u2013 David Okonjo", "03/11/2026", None, None, "Please record the father's views."]]
    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Review": rows})))
    for cell in workbook["Review"][9]:  # the second case's moderation, told only by its ink
        cell.font = Font(color="2E75B6")
    for row in (7, 11):
        for cell in workbook["Review"][row]:
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "review.xlsx", definitions())
    assert form.form == "moderation_overview" and form.ok, form.errors
    # The row under each case, the Head of Service's, gives the grade after
    # moderation; comments alone leave the auditor's grade standing.
    assert form.extra["moderated_cases"] == {"8437021": REQUIRES_IMPROVEMENT, "7577835": REQUIRES_IMPROVEMENT,
                                             "1282530": REQUIRES_IMPROVEMENT}


def _shade(cell, fill: str) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def overview_record() -> DocxForm:
    builder = DocxForm("Monthly Moderation Record")
    builder.paragraph("This record sets out my moderation, as Head of Service for Early Help, of the 5 case file "
                      "audits completed by managers in October 2026. Completed by Mark Ellison, Pennaeth Gwasanaeth "
                      "/ Head of Service, on 05/11/2026.")
    builder.paragraph("1. Audits moderated", bold=True, colour="005EB8")
    builder.paragraph("Head of Service entries are in the shaded cells.")
    return builder


def test_an_overview_s_cases_each_headed_by_a_line_its_grade_and_moderation_on_the_lines_and_box_under_it():
    builder = overview_record()
    builder.paragraph("Grading key:   1 = Outstanding    2 = Good    3 = Requires improvement    4 = Inadequate",
                      bold=True)
    builder.paragraph("1.  EH/22220 \u2013 audited by Colin Heap on 12/10/2026")
    builder.paragraph("      Children: Harley Mensah, Ottilie Mensah")
    builder.paragraph("      Auditor's grade: GOOD")
    box = builder.table([["I disagree with the grade. Moderated grade: outstanding"]])
    box.cell(0, 0).add_paragraph("Ottilie's needs are not looked at separately in the plan.")
    builder.paragraph("2.  EH/80441 \u2013 audited by Colin Heap (Early Help Team North) on 14 October 2026")
    builder.paragraph("      Grade given: Requires improvement      What matters captured? Partly")
    box = builder.table([[None]])
    answer = cell_paragraph(box, 0, 0)
    add_run(answer, "Agree with grade? ", bold=True)
    add_run(answer, "\u2610 Agree   \u2612 Disagree    ")
    add_run(answer, "New grade \u2013 only if different: ", bold=True)
    add_run(answer, "Inadequate")
    builder.paragraph("3.  EH/89163 \u2013 audited by Lynne Cartwright on 23/10/2026")
    line = builder.paragraph("      TM grade: Outstanding  /  ")
    add_run(line, "Good", bold=True, highlight=True)
    add_run(line, "  /  Requires improvement  /  Inadequate      Child's 'what matters'? Y")
    builder.paragraph("      HoS agrees? Yes", colour="00B050")
    builder.paragraph("      Agree. Good reflective analysis by the auditor.", colour="00B050")
    builder.paragraph("4.  EH/64939 \u2013 audited by Lynne Cartwright on 27/10/2026")
    builder.paragraph("      Grade given: Requires improvement")
    builder.table([["No change. Please make sure the father's views are recorded."]])
    builder.paragraph("5.  EH/51234 \u2013 audited by Colin Heap on 20/10/2026")
    builder.paragraph("      Auditor's grade: 3")
    builder.table([["I do not agree with the auditor's grade. Moderated grade: 4"]])
    builder.paragraph("Grades changed at moderation: 2 of 5.")
    builder.paragraph("2. Learning for the service", bold=True, colour="005EB8")
    builder.table([["What is working well", "What needs to improve"],
                   ["In 3 of the 5 cases chronologies were up to date.",
                    "In 3 of the 5 cases plans were not SMART, and the plan for Ottilie had no dates."]])
    form = parse(builder)
    assert form.form == "moderation_overview" and form.ok, form.errors
    # The author's own sentence: who, for which service, how many, which month.
    assert (form.auditor, form.service, form.date.isoformat()) == ("Mark Ellison", "Early Help", "2026-11-05")
    # ("Head of Service entries are in the shaded cells." says how to read
    # the form: no answer to "Audits moderated".)
    assert (form.extra["audits_moderated"], form.extra["period"]) == ("5", "October 2026")
    # Each case from its lines and the Head of Service's box under them:
    # the new grade; the grade left standing, highlighted among the four,
    # agreed; "No change." agrees; "I do not agree …" is no label of a grade.
    assert form.extra["moderated_cases"] == {"EH/22220": OUTSTANDING, "EH/80441": INADEQUATE,
                                             "EH/89163": GOOD, "EH/64939": REQUIRES_IMPROVEMENT,
                                             "EH/51234": INADEQUATE}
    # "2 of 5" counts the changes, though "2" is Good on the key: no grade
    # of the overview's own.
    assert form.moderated_grade is None and form.grade is None
    # The children named under a case are kept out of the answers.
    assert "Ottilie" not in json.dumps(form.to_json())


def test_an_overview_s_grid_marked_by_shading_and_a_remark_that_leaves_the_grade_standing():
    builder = overview_record()
    builder.paragraph("Grading key:   1 = Outstanding    2 = Good    3 = Requires improvement    4 = Inadequate",
                      bold=True)
    options = ["O", "G", "RI", "I"]
    table = builder.table([["Ref", "Audited by", "Auditor's grade", None, None, None, "Agreed?", "Moderated grade",
                            None, None, None, "Feedback to auditor"],
                           ["Ref", "Audited by", "Outstanding", "Good", "Requires improvement", "Inadequate", "Agreed?",
                            *options, "Feedback to auditor"],
                           ["7687156", "Julie Barlow", None, None, None, None, "No", None, None, None, None,
                            "Audit under-credits the quality of the assessment."],
                           ["8431876", "Julie Barlow", None, None, None, None, None, None, None, None, None,
                            "Grade stands. Chronology to be updated before the review."],
                           ["9204779", "Julie Barlow", None, None, None, None, None, None, None, None, None,
                            "Agree with the analysis, but the plan has drifted and the grade is too high."]])
    table.cell(0, 2).merge(table.cell(0, 5))
    table.cell(0, 7).merge(table.cell(0, 10))
    for row, auditors, moderators in ((2, 3, 7), (3, 4, None), (4, 3, None)):
        for column in range(7, 11):
            _shade(table.cell(row, column), "EDE7F6")  # the moderator's cells, all in their fill
        _shade(table.cell(row, auditors), "A6A6A6")
        if moderators is not None:
            _shade(table.cell(row, moderators), "538135")
    builder.paragraph("Grades changed at moderation: 1 of 3.")
    builder.paragraph("2. Learning for the service", bold=True, colour="005EB8")
    learning = builder.table([["Finding", "Code of Professional Practice link"], ["Good practice seen"],
                              ["In 2 of the 3 cases audited visits were within timescales.", "Code 3 \u2013 well-being"],
                              ["In 2 of the 3 cases audited chronologies were up to date.", "Code 6 \u2013 own work"],
                              ["Areas for development"],
                              ["In 2 of the 3 cases audited plans were not SMART.", "Code 6 \u2013 own work"]])
    for row in (1, 4):
        learning.cell(row, 0).merge(learning.cell(row, 1))
    builder.paragraph("3. What we will do", bold=True, colour="005EB8")
    builder.paragraph("1) Practice managers to review every plan for SMART actions. \u2013 Susan Pemberton \u2013 "
                      "by 14 December 2026")
    form = parse(builder)
    assert form.form == "moderation_overview" and form.ok, form.errors
    # The grade shaded in each bank; where the moderator shaded none, a
    # remark opening "Grade stands." agrees; any other remark says nothing
    # for sure, and that case is asked about.
    assert form.extra["moderated_cases"] == {"7687156": OUTSTANDING, "8431876": REQUIRES_IMPROVEMENT}
    assert any("9204779" in warning for warning in form.warnings)
    # "1 of 3" counts the changes, though "1" is Outstanding on the key.
    assert form.moderated_grade is None
    # Each list under its band across the table, a note beside each point;
    # the band grades nothing.
    assert len(form.strengths) == 2 and len(form.development_areas) == 1
    assert form.section_grades == {}
    # "What we will do" lists the service's actions.
    assert [(action.owner, action.due.isoformat()) for action in form.actions] == [("Susan Pemberton", "2026-12-14")]


def test_an_overviews_cases_one_to_a_column_their_grades_marked_down_the_rows():
    data = xlsx_with_headings([
        ["Northmoor Council \u2013 Case Audit Moderation \u2013 Head of Service Record"], [],
        ["Moderated by: Claire Whitworth"], ["Audit month: October 2026"], [],
        [None, "Audit 1", "Audit 2", "Audit 3"],
        ["LCS ref", "C6062113", "C2777276", "C9767328"],
        ["Auditing manager", "Joanne Fletcher", "Joanne Fletcher", "Joanne Fletcher"],
        ["TM grade"], ["O"], ["G", "\u25cf", "\u25cf"], ["RI", None, None, "\u25cf"], ["I"],
        ["Agree?", "N", "Y", "N"],
        ["HoS grade where changed"], ["O", "\u25cf"], ["G", None, None, "\u25cf"], ["RI"], ["I"],
        ["Moderator's rationale", "Impact for the child is clear.", "Agree.", "Impact is clear."]], {1})
    form = parse_bytes(data, "moderation.xlsx", definitions())
    # (Cases one to a column make it an overview, whatever its title names first.)
    assert form.form == "moderation_overview"
    assert form.extra["moderated_cases"] == {"C6062113": OUTSTANDING, "C2777276": GOOD, "C9767328": GOOD}


def test_an_overviews_grades_numbered_on_a_key_printed_a_cell_each():
    data = xlsx_bytes({"Moderation log": [
        ["Northmoor Council \u2013 Head of Service Moderation Log"], [],
        ["Moderator (Head of Service)", None, "Mark Ellison"], ["Audits completed in", None, "October 2026"], [],
        ["Grading key", "1", "Outstanding", "2", "Good", "3", "Requires improvement to be good", "4", "Inadequate"], [],
        ["No.", "EHM no.", "Auditing manager", "Grade given", "Agree?", "Moderated grade", "HoS comments"],
        ["1", "EH-246909", "Colin Heap", "2", "\u2713", "2", "Agree \u2013 well evidenced."],
        ["2", "EH/85811", "Lynne Cartwright", "2", "\u2717", "1", "Grade raised."]]})
    form = parse_bytes(data, "moderation.xlsx", definitions())
    assert form.extra["moderated_cases"] == {"EH-246909": GOOD, "EH/85811": OUTSTANDING}


def test_a_case_listed_with_its_auditors_grade_then_moderated_takes_the_moderators():
    data = xlsx_with_headings([
        ["Northmoor Council \u2013 Moderation Log \u2013 Managers' Case Audits"], [],
        ["Moderator (Head of Service)", None, "Claire Whitworth"], ["Month", None, "October 2026"], [],
        ["No.", "Ref.", "Manager who audited", "Audit completed", "TM grade"],
        ["1", "LCS8205267", "Joanne Fletcher", "19/10/2026", "Good"],
        ["2", "LCS3428496", "Karen Holt", "21/10/2026", "requires improvement"], [],
        ["Head of Service moderation"],
        ["No.", "Ref.", "Agree?", "Grade after moderation", "Comments", "Date moderated"],
        ["1", "LCS8205267", "Y", "GOOD", "Agree \u2013 well evidenced.", "25/10/2026"],
        ["2", "LCS3428496", "N", "GOOD", "Impact for the child is clear on the file.", "05/11/2026"]], {1, 6, 10, 11})
    form = parse_bytes(data, "moderation.xlsx", definitions())
    assert form.extra["moderated_cases"] == {"LCS8205267": GOOD, "LCS3428496": GOOD}


def test_an_overviews_summary_by_manager_and_a_tab_holding_one_audit():
    data = xlsx_with_headings([
        ["Northmoor Council \u2013 Head of Service Moderation Log"], [],
        ["HoS", None, "Service / division", None, "Month", None, "Date completed"],
        ["David Okonjo", None, "Children in Care", None, "October 2026", None, "10 November 2026"], [],
        ["Auditing manager", "Tab", "Audits moderated", "Grades changed"],
        ["Sarah Hollins", "TM - Hollins", "1", "1"],
        ["Andrew Booth", "TM - Booth", "2", "0"], [],
        ["Audits completed by Sarah Hollins \u2013 Safeguarding Unit"],
        ["No.", "Case ref", "Team", "Audit completed", "Auditor's grade", "HoS agrees with grade?",
         "HoS grade where changed", "Feedback to the auditor"],
        ["1", "4494339", "Family Safeguarding Team 2", "28/10/2026", "Good", "N", "Inadequate",
         "Risk is not analysed on the file."], [],
        ["Signed (Head of Service)", None, "David Okonjo"]], {1, 6, 10, 11})
    form = parse_bytes(data, "moderation.xlsx", definitions())
    # (Two managers a row each are a list, no one's details: "Grades changed |
    # 1" is a count, and Sarah Hollins audited, she did not moderate.)
    assert (form.auditor, form.moderated_grade) == ("David Okonjo", None)
    # The one audit on a manager's tab is a case moderated, not the overview's own.
    assert (form.case_id, form.grade) == (None, None)
    assert form.extra["moderated_cases"] == {"4494339": INADEQUATE}


def test_a_sheets_opening_lines_in_the_councils_colour_are_no_moderation():
    data = xlsx_bytes({"Audit": [
        ["Northmoor Council \u2013 People Directorate"], ["EHA QUALITY STANDARDS AUDIT"], ["Cymorth Cynnar / Early Help"],
        [], ["WCCIS ID", "6741236"], ["Audited by", "Lynne Cartwright"], ["Date audited", "20/10/2026"],
        ["Overall judgement", "Good"], [], ["Strengths"],
        ["The core group meets on time and partners share information well."],
        ["The genogram identifies the wider family network and a family network meeting has been held."],
        ["Areas for development"], ["The plan is not SMART; actions lack timescales and named owners."]]},
        {("Audit", 1, 1): "00788A", ("Audit", 2, 1): "00788A", ("Audit", 3, 1): "00788A"})
    form = parse_bytes(data, "eha.xlsx", definitions())
    assert form.grade == GOOD
    # (The Welsh name of the service under the title, in the title's colour,
    # is the form's own line: no comment of a moderator's.)
    assert form.moderator_comments == [] and not form.moderated


def _summary_head(builder: DocxForm) -> None:
    builder.paragraph("Part 1 \u2013 The month at a glance", bold=True)
    builder.paragraph("1.1  Moderated by: David Okonjo")
    builder.paragraph("1.2  Service: Children in Care")
    builder.paragraph("1.3  Audits completed in: October 2026")
    builder.paragraph("1.4  No. of audits: 3")
    builder.paragraph("1.5  Date of this summary: 7th Nov 2026")
    builder.paragraph("Part 2 \u2013 Case by case", bold=True)


def test_a_summary_of_cases_on_numbered_cards_a_question_and_a_blank_box_among_their_rows():
    builder = DocxForm("Case Moderation Summary")
    _summary_head(builder)
    for number, (ref, given, agree, new) in enumerate((("C1014082", "Good", "N", "Outstanding"),
                                                       ("C4087194", "Req. improvement", "Y", None),
                                                       ("C2954879", "good", "\u2713", None)), 1):
        card = builder.table([[f"Case {number} of 3", None], ["SWIFT no.", ref], ["Auditing manager", "Sarah Hollins"],
                              ["Manager's grade", given], ["Supervision decisions on file?", "Partly"],
                              ["Agree with grade?", agree], ["New grade if different", new]])
        card.cell(0, 0).merge(card.cell(0, 1)).text = f"Case {number} of 3"  # the card's number across it
    form = parse(builder)
    assert form.form == "moderation_overview" and form.case_id is None and form.section_grades == {}
    # "Case 1 of 3" numbers the card; its reference is a row below it.
    assert form.extra["moderated_cases"] == {"C1014082": OUTSTANDING, "C4087194": REQUIRES_IMPROVEMENT,
                                             "C2954879": GOOD}
    # Numbered labels: "1.4  No. of audits", "1.5  Date of this summary".
    assert form.extra["audits_moderated"] == "3"
    assert form.date.isoformat() == "2026-11-07"
    assert form.auditor == "David Okonjo"


def test_a_cards_grades_marked_under_a_row_of_the_four_grades():
    builder = DocxForm("Head of Service Case Moderation Summary")
    _summary_head(builder)
    scale = [None, "Outstanding", "Good", "Req. improvement", "Inadequate"]
    for number, (ref, given, new) in enumerate((("C1966679", 2, 1), ("C4083064", 3, None)), 1):
        builder.table([[f"Case {number} of 2", None, None, None, None], scale,
                       ["Case no.", ref, None, None, None], ["Audited by", "Julie Barlow", None, None, None],
                       ["Audit grade"] + ["x" if column == given else None for column in range(1, 5)],
                       ["HoS agrees?", "Disagree" if new else "Agree", None, None, None],
                       ["New grade if different"] + ["x" if column == new else None for column in range(1, 5)]])
    form = parse(builder)
    assert form.extra["moderated_cases"] == {"C1966679": OUTSTANDING, "C4083064": REQUIRES_IMPROVEMENT}
    assert form.auditor == "David Okonjo" and form.team is None and form.grade is None


def test_cases_told_a_line_each_the_moderators_line_under_each_saying_the_grade_stands_or_boxed():
    builder = DocxForm("Case Moderation Summary")
    _summary_head(builder)
    builder.paragraph("Grades: 1 = Inadequate   2 = Requires improvement   3 = Good   4 = Outstanding")
    builder.paragraph("1. 4620232 \u2013 Assessment Team 2 / Daniel Price. Audited by Jane Smith, graded 1.")
    builder.paragraph("HoS: Y \u2013 grade stands at 1. Fair and balanced audit.")
    builder.paragraph("2. 9182732 \u2013 Care Leavers Team / Lee Chadwick. Audited by Nicola Wragg, graded good.")
    builder.paragraph("HoS: \u2713 \u2013 grade stands at good. Agree. Pick up the chronology action in supervision.")
    builder.paragraph("3. 3386876 \u2013 Children in Care Team / Aisha Begum. Audited by Andrew Booth, graded 2.")
    builder.table([["HoS: N \u2013 moderated to 3. Direct work is clearly recorded \u2013 grade raised."]])
    form = parse(builder)
    assert form.extra["moderated_cases"] == {"4620232": INADEQUATE, "9182732": GOOD, "3386876": GOOD}


def test_two_banks_of_grade_columns_titled_over_the_row_that_names_the_cases_column():
    builder = DocxForm("Monthly Case Moderation Summary")
    builder.table([["Moderating Head of Service", "Service", "Month moderated", "Audits moderated", "Completed on"],
                   ["Nasreen Akhtar", "Safeguarding and Quality Assurance", "October 2026", "2", "4 November 2026"]])
    table = builder.table([[None, None, "Manager's grade", None, None, None, None, "Moderated grade", None, None, None,
                            None],
                   ["SWIFT no.", "Auditor (TM)", "O", "G", "RI", "I", "HoS agrees?", "O", "G", "RI", "I",
                    "HoS comments"],
                   ["LCS-9438620", "Joanne Fletcher", None, "X", None, None, "Y", None, "X", None, None, "Agree."],
                   ["LCS-2130199", "Julie Barlow", None, "X", None, None, "N", None, None, "X", None, "Drift."]])
    for first, last in ((2, 5), (7, 10)):  # each band across its four grades
        band = table.cell(0, first).merge(table.cell(0, last))
        band.text = "Manager's grade" if first == 2 else "Moderated grade"
    form = parse(builder)
    assert form.extra["moderated_cases"] == {"LCS-9438620": GOOD, "LCS-2130199": REQUIRES_IMPROVEMENT}
    assert form.auditor == "Nasreen Akhtar" and form.date.isoformat() == "2026-11-04"


def test_the_summary_signed_off_by_the_head_of_service_is_theirs():
    builder = DocxForm("Case Moderation Summary")
    builder.paragraph("Service area: Children in Care")
    builder.table([["Case reference", "Auditor's grade", "Moderated grade"],
                   ["C1140809", "Good", "Good"], ["C8249263", "Good", "Requires improvement"]])
    builder.paragraph("Part 6 \u2013 Sign-off", bold=True)
    builder.table([["Moderated and signed off by", "David Okonjo"], ["Role", "Head of Service"],
                   ["Date", "06/11/2026"]])
    form = parse(builder)
    assert form.auditor == "David Okonjo"


_HEADS = ["Outstanding", "Good", "Requires Improvement", "Inadequate"]


def _summary_workbook(*manager_sheets: tuple[str, list[list[object]]]) -> bytes:
    """A Head of Service's moderation summary workbook: its overview sheet,
    then a sheet for each auditing manager's audits."""
    overview = [[Printed("Moderation Summary and Benchmark", "00788A")], [],
                [Printed("Moderated by (HoS)"), None, "Claire Whitworth"],
                [Printed("Audits completed in"), None, "October 2026"],
                [Printed("Number moderated"), None, "3"], [],
                [Printed("Moderation by manager", "00788A")],
                [Printed("Auditing manager", "D9E1F2"), Printed("Team", "D9E1F2"), Printed("Audits", "D9E1F2"),
                 Printed("Agreed", "D9E1F2"), Printed("Changed", "D9E1F2")],
                ["Paul Gregson", "Family Safeguarding Team 1", "2", "1", "1"],
                ["Jane Smith", "Assessment Team 2", "1", "1", "0"], [],
                [Printed("Practice to celebrate")], ["\u2022 Auditors quoted the record."],
                [Printed("Challenge \u2013 what must get better")], ["\u2022 Fathers are not assessed consistently."],
                ["\u2022 Plans lack contingencies."]]
    return styled_workbook({"Overview": overview, **dict(manager_sheets)})


def _managers_sheet(cases: list[tuple[str, object, str, str]]) -> list[list[object]]:
    """One auditing manager's audits: the grade marked under the four grades
    (or the cell filled in), then the Head of Service's columns."""
    rows = [[Printed("Manager's audit", "00788A"), None, None, None, None, None, Printed("HoS MODERATION", "DDEBF7")],
            [Printed("Child ID", "D9E1F2"), Printed("Date audited", "D9E1F2"),
             *(Printed(head, "D9E1F2") for head in _HEADS),
             Printed("Agreed (\u2713 / \u2717)", "DDEBF7"), Printed("Moderated grade", "DDEBF7")]]
    for ref, mark, agreed, moderated in cases:
        marks = [mark if isinstance(mark, Filled) and head == "Good" else ("X" if head == mark else None)
                 for head in _HEADS]
        rows.append([ref, "13/10/2026", *marks, agreed, moderated])
    return rows


def test_a_summary_workbook_a_sheet_for_each_manager_one_audit_on_a_sheet():
    form = parse_bytes(_summary_workbook(
        ("Paul Gregson", _managers_sheet([("4409577", "Good", "\u2713", "good"),
                                          ("5391024", "Good", "\u2717", "Outstanding")])),
        ("Jane Smith", _managers_sheet([("2860857", Filled("BFBFBF"), "\u2713", None)]))), "summary.xlsx",
        definitions())
    assert form.form == "moderation_overview" and form.section_grades == {}
    # (One audit on a sheet is a list of one; the auditor's grade the cell filled in.)
    assert form.extra["moderated_cases"] == {"4409577": GOOD, "5391024": OUTSTANDING, "2860857": GOOD}
    # The overview's details: "Number moderated", and no team from the managers' table's headings.
    assert form.extra["audits_moderated"] == "3" and form.team is None
    assert form.strengths == ["Auditors quoted the record."]
    assert form.development_areas == ["Fathers are not assessed consistently.", "Plans lack contingencies."]


def test_cases_on_cards_two_to_a_band_under_the_grading_key():
    def card(number: int, ref: str, given: str, agreed: str, moderated: str, comment: str | None):
        return [[Printed(f"Case {number}: {ref}", "A6192E"), None],
                [Printed("Audited by"), "Julie Barlow"], [Printed("Auditor's grade"), given],
                [Printed("Agree with grade?"), agreed], [Printed("Moderated grade"), moderated],
                [Printed("HoS comments"), comment]]
    first, second = card(1, "6013914", "3", "\u2713", "3", None), card(2, "3358269", "3", "\u2717", "2", "Lowered.")
    band = [["Grading key: 1 = Inadequate, 2 = Requires Improvement, 3 = Good, 4 = Outstanding"]] + [
        left + [None, None] + right for left, right in zip(first, second)]
    form = parse_bytes(_summary_workbook(("Case cards", band)), "summary.xlsx", definitions())
    assert form.case_id is None and form.section_grades == {}
    assert form.extra["moderated_cases"] == {"6013914": GOOD, "3358269": REQUIRES_IMPROVEMENT}


def test_bands_over_a_list_of_cases_title_its_columns():
    rows = [[Printed("Auditing manager's judgement", "00788A"), None, None, Printed("Head of Service moderation", "EDE2F6")],
            [Printed("Child ID", "D9E1F2"), Printed("Audit date", "D9E1F2"), Printed("Auditor's grade", "D9E1F2"),
             Printed("Agreed (\u2713 / \u2717)", "EDE2F6"), Printed("Moderated grade", "EDE2F6")],
            ["C3769349", "08/10/2026", "Requires improvement", "\u2713", None],
            ["C7006327", "12/10/2026", "Good", "\u2717", "Inadequate"]]
    form = parse_bytes(_summary_workbook(("TM Barlow", rows)), "summary.xlsx", definitions())
    assert form.section_grades == {} and not form.moderated
    assert form.extra["moderated_cases"] == {"C3769349": REQUIRES_IMPROVEMENT, "C7006327": INADEQUATE}


def _review_sheet(*blocks: list[list[object]]) -> bytes:
    """A bilingual moderation review sheet: the title and the department's
    line, the Head of Service's details, then `blocks` a blank row apart."""
    rows = [[Printed("Northmoor Council \u2013 Taflen Adolygu Cymedroli / Case File Audit Moderation Review", "00788A")],
            ["Children's Services \u2013 Quality Assurance"], [],
            [Printed("Moderator \u2013 Head of Service"), "David Okonjo"],
            [Printed("Gwasanaeth / Service"), "Children in Care"], [Printed("Mis / Month moderated"), "October 2026"]]
    for block in blocks:
        rows += [[]] + block
    rows += [[], [Printed("Areas of positive practice")], ["- Chronologies were up to date."]]
    return styled_workbook({"Moderation": rows})


def _review_card(title: str, ref: str, given: object, agreed: object, moderated: object, comment: object):
    return [[Printed(title, "00788A")], [Printed("Cyfeirnod / Case number"), ref],
            [Printed("Plant / Children in the family"), "Oakley Whitfield"],
            [Printed("Gradd yr archwilydd / Grade given by auditor"), given],
            [Printed("HoS moderation", "7030A0")], [Printed("Cytuno? / HoS agrees?"), agreed],
            [Printed("Gradd wedi cymedroli / Grade after moderation"), moderated],
            [Printed("Sylwadau / Feedback to auditor"), comment]]


def test_a_review_sheets_cards_titled_by_number_alone_moderate_their_cases():
    first = _review_card("Case 1", "MOS-2358478", "Requires Improvement", Ink("Disagree"), Ink("Good"), Ink("Raised."))
    second = _review_card("Case 2", "MOS-5803989", "Good", Ink("Agree"), Ink("Good"), None)
    # (The third card only a remark of the Head of Service's, the boxes to
    # agree and to grade left empty; the third and fourth numbered alone.)
    third = _review_card("3.", "MOS-3982404", "Inadequate", None, None, Ink("Share this audit at the team meeting."))
    fourth = _review_card("4.", "MOS-9721869", "Outstanding", Ink("Agree"), Ink("Outstanding"), None)
    form = parse_bytes(_review_sheet(*([left + [None] + right for left, right in zip(one, other)]
                                       for one, other in ((first, second), (third, fourth)))),
                       "review.xlsx", definitions())
    assert form.form == "moderation_overview"
    # No case of the overview's own: each card is a case it moderates.
    assert form.case_id is None and form.section_grades == {}
    assert form.extra["moderated_cases"] == {"MOS-2358478": GOOD, "MOS-5803989": GOOD, "MOS-3982404": INADEQUATE,
                                             "MOS-9721869": OUTSTANDING}
    # Who moderated (a role after the dash), the service (not the
    # department's line under the title) and the practice to celebrate.
    assert (form.auditor, form.service) == ("David Okonjo", "Children in Care")
    assert form.strengths == ["Chronologies were up to date."]


def test_a_cards_grades_printed_four_across_the_chosen_one_picked_out():
    def card(title, ref, given, moderated):
        four = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
        return [[Printed(title, "00788A")], [Printed("WCCIS no."), ref],
                [Printed("TM grade")] + [Filled("FFFF00", grade) if grade == given else Struck(grade) for grade in four],
                [Printed("HoS moderation", "7030A0")],
                [Printed("New grade (only if different)")] + [
                    Filled("FFFF00", grade) if grade == moderated else (Struck(grade) if moderated else Ink(grade))
                    for grade in four]]
    form = parse_bytes(_review_sheet(card("Case 1", "C6411141", "Good", None),
                                     card("Case 2", "C2488875", "Requires improvement", "Inadequate")),
                       "review.xlsx", definitions())
    # The grade standing among the four struck out; none picked out under
    # "New grade" is no new grade.
    assert form.case_id is None
    assert form.extra["moderated_cases"] == {"C6411141": GOOD, "C2488875": INADEQUATE}


def test_two_rows_a_case_the_auditors_mark_then_the_head_of_services_beneath():
    heads = ["Outstanding", "Good", "Requires Improvement", "Inadequate"]
    hos = "EDE1F5"

    def pair(ref, auditor, given, agreed, moderated, comment):
        marks = [Filled("BFBFBF", None) if grade == given else None for grade in heads]
        return [[ref, f"{auditor} (auditor)", "05/10/2026", *marks],
                [None, Filled(hos, "Claire Whitworth (HoS)"), Filled(hos, "24/10/2026"),
                 *[(Filled(hos, "x") if agreed == "\u2717" else Filled("BFBFBF", None)) if grade == moderated
                   else Filled(hos, None) for grade in heads],
                 Filled(hos, agreed), Filled(hos, comment)]]
    block = [[Printed("Case ref", "DEEAF6"), Printed("Completed by", "DEEAF6"), Printed("Date of entry", "DEEAF6"),
              Printed("Judgement", "DEEAF6"), None, None, None, Printed("Cytuno? / HoS agrees?", "DEEAF6"),
              Printed("Moderator's comments", "DEEAF6")],
             [None, None, None, *[Printed(grade, "DEEAF6") for grade in heads]],
             *pair("C9547623", "Sarah Hollins", "Good", "\u2717", "Requires Improvement", "Lowered."),
             *pair("C6453060", "Jane Smith", "Requires Improvement", "\u2713", "Requires Improvement", "Fair.")]
    form = parse_bytes(_review_sheet(block), "review.xlsx", definitions())
    # (A grade the cell marked, or the one cell shaded.)
    assert form.case_id is None and form.section_grades == {}
    assert form.extra["moderated_cases"] == {"C9547623": REQUIRES_IMPROVEMENT, "C6453060": REQUIRES_IMPROVEMENT}


def test_the_moderator_named_is_the_overviews_author_over_an_auditor_heading_a_managers_sheet():
    summary = [[Printed("Moderation Review Sheet", "00703C")], [],
               [Printed("Moderator \u2013 Head of Service"), "David Okonjo"], [Printed("Service"), "Children in Care"],
               [Printed("Month moderated"), "October 2026"]]
    manager = [[Printed("Auditor (TM): Andrew Booth", "00703C")], [],
               [Printed("Cyfeirnod / Case reference"), Printed("Gradd yr archwilydd / TM grade"),
                Printed("Cytuno? / Agree with grade?"), Printed("Gradd wedi cymedroli / HoS grade")],
               ["3851413", "Good", Ink("\u2717"), Ink("Requires Improvement")],
               ["1283608", "Good", Ink("\u2713"), Ink("Good")]]
    form = parse_bytes(styled_workbook({"Summary": summary, "Andrew Booth": manager}), "review.xlsx", definitions())
    assert form.auditor == "David Okonjo"
    # (Whether they agreed is its own column, in two languages; the grade
    # after moderation the next.)
    assert form.extra["moderated_cases"] == {"3851413": REQUIRES_IMPROVEMENT, "1283608": GOOD}


def test_the_minutes_of_a_case_audit_moderation_panel_are_an_overview():
    builder = DocxForm("Case Audit Moderation Panel: Minutes of Meeting")
    builder.table([["Chair (Head of Service)", "David Okonjo, Head of Service"], ["Month audited", "October 2026"],
                   ["No. of audits", "2"]])
    builder.table([["Case ref", "Grade by", "Outstanding", "Good", "Requires improvement", "Inadequate"],
                   ["LCS8406522 / Mason Szymanski", "Auditor (Andrew Booth)", None, None, None, "\u25cf"],
                   ["LCS8406522 / Mason Szymanski", "Panel", None, None, None, "\u25cf"]])
    form = parse(builder)
    # (Not a case file audit that names a case, sent back for a theme or
    # taken for one case: the panel's record of the month's moderation.)
    assert form.form == "moderation_overview" and form.case_id is None


def panel_minutes() -> DocxForm:
    builder = DocxForm("Practice Moderation Panel \u2013 Note of Meeting")
    builder.table([["Chair (Head of Service)", "Susan Pemberton, Head of Service"], ["Month audited", "October 2026"],
                   ["Minutes", "Liam Doherty (QA Officer)"]])
    return builder


def test_a_panels_cases_in_pairs_of_rows_the_auditors_then_the_panels_told_apart_by_who_graded():
    builder = panel_minutes()
    heads = ["Case ref", "Grade by", "Outstanding", "Good", "Requires improvement", "Inadequate", "Note"]
    table = builder.table([heads,
                           ["LCS-7462671", "Auditor (Sarah Hollins)", None, "\u2713", None, None, None],
                           [None, "Panel", None, None, None, None, None],
                           ["LCS-1559758", "Auditor (Sarah Hollins)", None, None, "\u2713", None, None],
                           [None, "Panel", None, None, None, "\u2713", "Risk analysis not evident on file."],
                           ["LCS-5411273 / Amira McAllister", "Auditor (Nicola Wragg)", None, "\u2713", None, None, None],
                           ["LCS-5411273 / Amira McAllister", "Panel", None, None, None, None, None]])
    # The first case's reference merged down over its panel row; the note
    # says the panel agreed, its word in bold.
    table.cell(1, 0).merge(table.cell(2, 0))
    add_run(table.cell(2, 6).paragraphs[0], "Agreed", colour=BLUE, bold=True)
    add_run(table.cell(2, 6).paragraphs[0], " Evidence supports the grade.", colour=BLUE)
    add_run(table.cell(6, 6).paragraphs[0], "No change.", colour=BLUE)
    form = parse(builder)
    assert form.form == "moderation_overview" and form.ok, form.errors
    assert form.section_grades == {}
    # The panel's mark where it varied the grade; its note where it agreed.
    assert form.extra["moderated_cases"] == {"LCS-7462671": GOOD, "LCS-1559758": INADEQUATE, "LCS-5411273": GOOD}
    # The chair is the author; the minute-taker is nobody's moderator.
    assert form.auditor == "Susan Pemberton"
    assert "Amira" not in json.dumps(form.to_json())


def test_a_panels_cases_minuted_a_paragraph_each_with_the_decision_under_it():
    builder = panel_minutes()
    builder.paragraph("Grading key:   1 = Inadequate    2 = Requires improvement    3 = Good    4 = Outstanding",
                      bold=True)
    builder.paragraph("2. Audits brought to panel", bold=True)
    # The grades printed side by side, the one chosen in bold.
    first = builder.paragraph("(a) EH-615465. Audited by Colin Heap (Early Help Team South). Auditor's grade: "
                              "Outstanding  /  ")
    add_run(first, "Good", bold=True)
    add_run(first, "  /  Requires improvement  /  Inadequate (file read a second time before panel)")
    decision = builder.paragraph("Decision: ")
    add_run(decision, "\u2717", bold=True)
    add_run(decision, " Moderated grade: Outstanding  /  Good  /  ")
    add_run(decision, "Requires improvement", bold=True)
    add_run(decision, "  /  Inadequate Plan has drifted since the last review.")
    # A number on the key; the panel's decision in words.
    builder.paragraph("(b) CS-6952238. Audited by Joanne Fletcher (Assessment Team 1). Auditor's grade: 3 \u2013 Good")
    builder.paragraph("Decision: Grade not changed; comment only. Father's views to be recorded.", colour=GREEN)
    builder.paragraph("(c) CS-6704462. Audited by Joanne Fletcher (Assessment Team 1). Auditor's grade: 2")
    builder.paragraph("Decision: The panel varied the grade. Moderated grade: 1 Panel found no management "
                      "oversight recorded for six weeks.", colour=GREEN)
    builder.paragraph("(d) CS-7054927. Audited by Karen Holt (Family Safeguarding Team 2). Auditor's grade: 2")
    builder.paragraph("Decision: The panel agreed with the auditor.", colour=GREEN)
    # A case minuted with no decision under it, or a decision that says
    # neither way: asked about, not guessed.
    builder.paragraph("(e) CS-1385898. Audited by Karen Holt (Family Safeguarding Team 2). Auditor's grade: 3")
    builder.paragraph("(f) CS-2294410. Audited by Karen Holt (Family Safeguarding Team 2). Auditor's grade: 3")
    builder.paragraph("Decision: Discussed at panel; to come back next month.", colour=GREEN)
    builder.paragraph("3. Actions agreed", bold=True)
    builder.paragraph("No actions this month.")
    builder.paragraph("Approved as a correct record: Susan Pemberton (Chair, Head of Service)      Date: 09.11.26")
    form = parse(builder)
    assert form.form == "moderation_overview" and form.ok, form.errors
    assert form.section_grades == {} and form.moderated_grade is None
    assert form.extra["moderated_cases"] == {"EH-615465": REQUIRES_IMPROVEMENT, "CS-6952238": GOOD,
                                             "CS-6704462": INADEQUATE, "CS-7054927": REQUIRES_IMPROVEMENT}
    assert any("CS-1385898" in warning and "CS-2294410" in warning for warning in form.warnings)
    # The chair's approval of the minutes is no action.
    assert form.actions == []


def test_a_panels_word_on_a_case_in_a_sentence_or_as_auditor():
    builder = panel_minutes()
    builder.table([["Case ref", "Audited by", "Auditor's grade", "Panel agreed?", "Moderated grade", "Panel note"],
                   ["2277897", "Sarah Hollins", "good", "The panel agreed with the auditor.", "As auditor", None],
                   ["9247618", "Sarah Hollins", "requires improvement", "Grade not changed; comment only.",
                    "As auditor", "Plan to be reviewed."],
                   ["8116555", "Sarah Hollins", "GOOD", "The panel varied the grade.", "Outstanding", None],
                   ["6294020", "Sarah Hollins", "GOOD", "Panel did not agree; grade varied.", "RI", None],
                   ["5555551", "Sarah Hollins", "Inadequate", "Discussed at panel.", "As auditor", None]])
    form = parse(builder)
    assert form.extra["moderated_cases"] == {"2277897": GOOD, "9247618": REQUIRES_IMPROVEMENT,
                                             "8116555": OUTSTANDING, "6294020": REQUIRES_IMPROVEMENT,
                                             "5555551": INADEQUATE}
    assert not any("without a grade after moderation" in warning for warning in form.warnings)


def test_a_panels_card_saying_only_that_it_varied_the_grade_is_asked_about():
    builder = panel_minutes()
    builder.table([["Case", "MOS-9873059"], ["Auditor's grade", "good"], ["Panel agrees?", "Panel agreed the grade."]])
    builder.table([["Case", "MOS-4403688"], ["Auditor's grade", "Req. Imp."],
                   ["Panel agrees?", "The panel varied the grade."]])
    form = parse(builder)
    # (Varied, and no grade of the panel's: not the auditor's grade.)
    assert form.extra["moderated_cases"] == {"MOS-9873059": GOOD}
    assert any("MOS-4403688" in warning for warning in form.warnings)


def test_a_case_told_on_one_line_with_its_moderation_is_not_held_for_a_decision_under_it():
    builder = moderation_note()
    builder.paragraph("1.  9300382 \u2013 audited by Nicola Wragg on 07-Oct-2026. Auditor's grade: OUTSTANDING. "
                      "HoS agrees? \u2610 Agree   \u2612 Disagree  Moderated grade: GOOD. Too generous.")
    builder.paragraph("2.  3515210 \u2013 audited by Nicola Wragg on 16-Oct-2026. Auditor's grade: Req. improvement. "
                      "HoS agrees? \u2612 Agree   \u2610 Disagree. Balanced audit.")
    form = parse(builder)
    assert form.extra["moderated_cases"] == {"9300382": GOOD, "3515210": REQUIRES_IMPROVEMENT}


def deep_dive(oversight: list[list[str]]) -> DocxForm:
    builder = DocxForm("Thematic Deep Dive \u2013 Audit Record")
    builder.table([["Focus", "Exploitation and children missing from home"], ["Lead auditor", "Nicola Wragg"],
                   ["Date of deep dive", "16-Oct-2026"], ["Number of cases sampled", "5"],
                   ["Overall evaluation of the multi-agency response", "Good"]])
    builder.paragraph("Part 9 \u2013 LOG chair's oversight", bold=True)
    builder.table(oversight)
    return builder


def test_a_box_asking_whether_the_evaluation_is_agreed_is_the_moderators_though_its_title_does_not_say_so():
    form = parse(deep_dive([["Signed off by", "Mark Ellison"], ["Date", "19th of October 2026"],
                            ["Evaluation agreed?", "Yes"], ["Moderated evaluation", ""],
                            ["Chair's comments", "Evaluation agreed. Please take the briefing to the Board."]]))
    assert form.date == date(2026, 10, 16) and form.auditor == "Nicola Wragg"
    assert form.extra["moderator"] == "Mark Ellison" and form.extra["moderation_date"] == "2026-10-19"
    assert form.moderated_grade == GOOD and form.final_grade == GOOD
    assert form.moderator_comments == ["Evaluation agreed. Please take the briefing to the Board."]


def test_a_moderators_box_still_awaiting_the_chair_is_no_moderation():
    for said in ("Awaiting chair's sign-off", "Moderation: awaiting."):
        form = parse(deep_dive([["Signed off by", ""], ["Date", ""], ["Evaluation agreed?", ""], ["Comments", said]]))
        assert form.moderator_comments == [] and form.moderated_grade is None and not form.warnings, said
        assert form.date == date(2026, 10, 16)


def test_a_moderators_signed_line_agreeing_a_grade_gives_the_grade_and_keeps_the_comment():
    builder = audit("RI")
    builder.table([["Strengths", "Regular visits, seen alone, and the child's wishes are recorded in every visit note."],
                   ["Areas for development", "The chronology has not been updated since the summer; the genogram is "
                    "missing and the plan's contingency is not clear to the family."]])
    add_run(builder.paragraph(), "Moderation (Nasreen Akhtar, Head of Service, 19 October 2026): agree \u2013 Good. "
            "A thorough review with proportionate recommendations.", colour=BLUE)
    form = parse(builder)
    assert form.moderated_grade == GOOD and form.final_grade == GOOD and not form.warnings
    assert len(form.moderator_comments) == 1 and "A thorough review" in form.moderator_comments[0]


def test_a_partners_name_line_and_a_long_title_atop_every_sheet_in_colour_are_not_moderation():
    ink = "005EB8"
    title = "Multi-Agency Case Review \u2013 Audit Workbook \u2013 Northmoor Children's Safeguarding Partnership"
    workbook = Workbook()
    case = workbook.active
    case.title = "1. Case"
    case["A1"] = "NHS Northmoor and Pennine Integrated Care Board \u2013 Safeguarding Children and Children in Care Team"
    rows = [("Case reference", "LCS4669966"), ("Chair of the audit meeting", "Sarah Hollins"),
            ("Date of panel", "12/10/2026"), ("Agencies involved", "School, Police, Health visiting")]
    for number, (label, value) in enumerate(rows, start=3):
        case.cell(number, 1, label).font = Font(bold=True)
        case.cell(number, 2, value)
    outcome = workbook.create_sheet("Outcome")
    outcome["A3"], outcome["B3"] = "Overall grade \u2013 multi-agency response", "Requires improvement"
    outcome["A4"], outcome["B4"] = "What worked well", "Schools shared what they knew promptly and attended every meeting."
    case["A1"].font = Font(bold=True, color="00703C")  # the partner's own green, used nowhere else
    outcome["A1"] = title
    outcome["A1"].font = Font(bold=True, color=ink)
    quality = workbook.create_sheet("HoS QA")
    quality["A1"] = title
    quality["A1"].font = Font(bold=True, color=ink)
    quality["A3"] = "Moderated by"
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "case review.xlsx", definitions())
    assert form.form == "multi_agency_audit" and form.grade == REQUIRES_IMPROVEMENT
    assert form.moderator_comments == [] and form.warnings == []


def test_a_sign_off_band_over_the_moderators_words_on_a_thematic_workbook():
    workbook = Workbook()
    sheet = workbook.active
    rows = [("Theme", "Neglect and the use of the Graded Care Profile"), ("Lead auditor", "Joanne Fletcher"),
            ("Date of dip sample", "12/10/2026"), ("Number of cases sampled", "6"), ("Overall grade", "Requires improvement"),
            ("Strengths found", "The tool was used in every case, and the children were seen alone at most visits.")]
    for number, (label, value) in enumerate(rows, start=1):
        sheet.cell(number, 1, label).font = Font(bold=True)
        sheet.cell(number, 2, value)
    sheet["A9"] = "Head of Service sign-off"
    sheet["A9"].font = Font(bold=True, color="FFFFFF")
    sheet["A9"].fill = PatternFill("solid", fgColor="6B2C91")
    sheet["A10"] = ("Having looked at two of the cases myself, management oversight is weaker than the audit says. "
                    "Moderated judgement: INADEQUATE.")
    sheet["A10"].font = Font(color="538135")
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "Thematic audit.xlsx", definitions())
    assert form.form == "thematic_audit" and form.grade == REQUIRES_IMPROVEMENT
    assert form.moderated_grade == INADEQUATE and form.final_grade == INADEQUATE


def observed_visit(quality: list[str]) -> DocxForm:
    builder = DocxForm(heading="Observation of Practice")
    builder.table([["Practitioner observed", "Ali Khan"], ["Observer", "Jane Auditor"], ["Visit date", "12.10.26"],
                   ["Overall grade for the practice observed", "Requires improvement"],
                   ["Strengths observed", "The practitioner explained the purpose of the visit clearly."],
                   ["Even better if", "Summarise the agreed actions before leaving."]])
    builder.paragraph("6. Quality assurance", bold=True, colour="C8102E")
    for number, line in enumerate(quality):
        builder.paragraph(line, colour=BLUE, bold=number == 0)
    return builder


def test_a_quality_assurers_bold_name_line_and_date_in_their_colour_are_the_moderation_s():
    form = parse(observed_visit(["Quality assured by: Claire Whitworth", "Date: 19.10.26",
                                 "The evidence under the areas does not support the overall grade; I have moderated it.",
                                 "Do not agree with the observer's grade. Grade after quality assurance: good"]))
    assert form.date == date(2026, 10, 12)
    assert form.moderated_grade == GOOD and form.final_grade == GOOD


def test_a_comment_praising_good_practice_in_passing_gives_no_grade():
    builder = observed_visit([])
    add_run(builder.paragraph(), "HoS: Read and authorised. A helpful observation with a good reflective discussion. "
            "(David Okonjo, 04-Nov-2026)", colour=BLUE)
    form = parse(builder)
    assert form.moderated_grade is None and form.final_grade == REQUIRES_IMPROVEMENT
    assert len(form.moderator_comments) == 1


def observation_signed_off(box: list[str]) -> DocxForm:
    builder = DocxForm(heading="Practice Learning Observation")
    builder.table([["Practitioner observed", "Ali Khan"], ["Observer", "Jane Auditor"], ["Date of observation", "28/10/2026"],
                   ["Overall judgement", "Good"]])
    builder.paragraph("5. Learning plan", bold=True)
    builder.table([["What I will do", "Supported by", "Review date"],
                   ["Complete the direct work training module.", "Practice manager", "Monday 14 December 2026"]])
    builder.paragraph("Part 7: Sign-off", bold=True)
    table = builder.table([[None]])
    cell = table.cell(0, 0)
    cell.paragraphs[0].add_run(box[0]).bold = True
    for line in box[1:]:
        cell.add_paragraph(line)
    return builder


def test_a_blank_moderation_box_s_printed_labels_are_no_comments():
    form = parse(observation_signed_off(["Head of Service moderation", "Name:", "Date:",
                                         "Agree with the observer's judgement?   Yes \u2610   No \u2610",
                                         "Moderated judgement:", "Comments:"]))
    assert form.moderator_comments == [] and form.moderated_grade is None and form.warnings == []
    assert [(action.owner, action.due) for action in form.actions] == [("Practice manager", date(2026, 12, 14))]


def test_the_comments_line_of_a_head_of_service_s_box_of_lines_is_their_comment():
    form = parse(observation_signed_off(["Head of Service", "Name: Mark Ellison", "Date: 5th of November 2026",
                                         "Agree with the observer's judgement?   Yes \u2610   No \u2610",
                                         "Moderated judgement:",
                                         "Comments: Read. I was told about the concern on the day."]))
    assert form.moderator_comments == ["Read. I was told about the concern on the day."]
    assert form.date == date(2026, 10, 28)


def test_a_moderated_grade_followed_by_the_moderator_s_signature_on_the_same_line():
    builder = observed_visit([])
    add_run(builder.paragraph(), "The assessment is stronger than the audit suggests. I do not agree with the overall "
            "grade. Moderated grade: Outstanding Mark Ellison, Head of Service, 22nd of October 2026", colour=BLUE)
    form = parse(builder)
    assert form.moderated_grade == OUTSTANDING and form.final_grade == OUTSTANDING
