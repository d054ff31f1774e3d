"""Forms whose labels no one listed are read by what the labels mean and what
the values look like; what cannot be told for sure is left empty."""

import io
import json
from datetime import date, datetime

import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import RGBColor
from forms_helpers import (
    OPTION_FILL,
    DocxForm,
    Filled,
    Ink,
    Printed,
    Struck,
    add_run,
    add_xml,
    cell_paragraph,
    definitions,
    dropdown_control,
    styled_workbook,
    xlsx_bytes,
    xlsx_with_headings,
)

from bot.forms import parse_bytes
from bot.forms.labels import Labels
from bot.forms.model import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT


def parse(builder: DocxForm, name: str = "audit.docx"):
    return parse_bytes(builder.bytes(), name, definitions())


def test_labels_nobody_listed_are_read_by_their_meaning_when_the_value_fits():
    builder = DocxForm()
    builder.table([
        ["Case reference", "EH/20451"],
        ["Family support worker", "Jo Marsh"],
        ["Quality assured by", "Sam Lateman"],
        ["Date of audit session", "12/11/2026"],
        ["Overall quality of the observed practice", "good \u2013 some drift in planning"],
    ])
    form = parse(builder)
    assert (form.case_id, form.practitioner, form.auditor) == ("EH/20451", "Jo Marsh", "Sam Lateman")
    assert form.date.isoformat() == "2026-11-12"
    assert form.grade == GOOD


def test_a_label_by_meaning_whose_value_does_not_fit_is_not_read():
    builder = DocxForm()
    builder.table([
        ["Child ID", "1234567"],
        ["Overall grade", "Good"],
        # "Quality of practice" means a grade; this value is a sentence, not one.
        ["Quality of practice", "The plan is clear and the child is seen alone."],
        ["Quality assured by", "The team's business support on behalf of the manager, 12/11"],
    ])
    form = parse(builder)
    assert form.grade == GOOD
    assert form.auditor is None
    assert not any("could not be read" in warning for warning in form.warnings)


def test_a_listed_label_wins_over_a_label_known_only_by_meaning():
    builder = DocxForm()
    builder.table([
        ["Child ID", "1234567"],
        ["Rating of the work", "Inadequate"],
        ["Overall grade", "Good"],
    ])
    assert parse(builder).grade == GOOD


def test_grades_written_informally_are_read():
    for written, grade in [("Req. Imp.", REQUIRES_IMPROVEMENT), ("R.I.", REQUIRES_IMPROVEMENT),
                           ("inadeq.", INADEQUATE), ("good - but drift since October", GOOD)]:
        builder = DocxForm()
        builder.table([["Child ID", "1234567"], ["Overall grade", written]])
        assert parse(builder).grade == grade, written


def test_a_numbered_scale_is_read_by_the_key_the_form_prints():
    builder = DocxForm()
    builder.paragraph("Grading key: 1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate")
    builder.table([["Child ID", "1234567"], ["Overall grade", "3"]])
    assert parse(builder).grade == REQUIRES_IMPROVEMENT


def test_a_number_is_no_grade_without_a_key():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "3"]])
    form = parse(builder)
    assert form.grade is None and not form.ok


def test_numbered_headings_with_paragraphs_under_them():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("3. What is working well for the family", bold=True)
    builder.paragraph("Visits are regular and purposeful.")
    builder.paragraph("4. Areas for development", bold=True)
    builder.paragraph("The chronology needs updating.")
    builder.paragraph("5. Actions", bold=True)
    builder.paragraph("No further actions required at this time.")
    form = parse(builder)
    assert form.strengths == ["Visits are regular and purposeful."]
    assert form.development_areas == ["The chronology needs updating."]
    assert form.actions == []


def test_signs_of_safety_questions_and_themes_head_their_lists():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("1. What's working well?", bold=True)
    builder.paragraph("Visits are regular and purposeful.")
    builder.paragraph("2. What are we worried about?", bold=True)
    builder.paragraph("Poppy is not mentioned in the assessment.")
    form = parse(builder)
    assert form.strengths == ["Visits are regular and purposeful."]
    assert form.development_areas == ["[name] is not mentioned in the assessment."]

    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("Themes \u2013 areas for development", bold=True)
    builder.paragraph("The chronology needs updating.")
    assert parse(builder).development_areas == ["The chronology needs updating."]


def test_a_row_saying_there_are_no_actions_is_no_action():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.table([["Action", "By whom", "By when"], ["None identified", "N/A", "N/A"]])
    assert parse(builder).actions == []


def test_children_listed_under_labels_nobody_listed_are_redacted_from_the_answers():
    builder = DocxForm()
    builder.table([
        ["Child ID", "1234567"],
        ["Other children in the household", "Mia Carter (6), Leo Carter (3)"],
        ["Overall grade", "Good"],
        ["Strengths", "Mia told the worker she feels safe at home."],
    ])
    form = parse(builder)
    output = json.dumps(form.to_json())
    assert "Mia" not in output and "Leo" not in output
    assert form.strengths and "feels safe at home" in form.strengths[0]


def test_a_section_name_with_a_grade_is_not_taken_for_a_childs_name():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("Voice of the child: Outstanding")
    assert parse(builder).section_grades == {"Voice of the child": "Outstanding"}


def test_two_different_overall_grades_are_asked_about_not_chosen():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.paragraph("Overall judgement: Inadequate")
    form = parse(builder)
    assert form.grade is None and not form.ok
    assert form.errors == ["The form gives two different values for the overall grade ('Good' and 'Inadequate'), "
                           "so the bot did not choose one. Please reply with the right overall grade, "
                           "or send the form again with one."]
    assert form.extra["unsure"] == ["grade"]


def test_two_different_case_ids_are_asked_about_not_chosen():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"], ["Case number", "7654321"]])
    form = parse(builder)
    assert form.case_id is None and not form.ok
    assert "two different values for the case ID ('1234567' and '7654321')" in form.errors[0]


def test_the_same_grade_written_twice_is_no_doubt():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.paragraph("Overall judgement: GOOD")
    form = parse(builder)
    assert form.grade == GOOD and form.ok and "unsure" not in form.extra


def test_people_named_under_any_label_in_the_forms_details_are_removed_from_the_answers():
    builder = DocxForm()
    builder.table([
        ["Child ID", "1234567"],
        ["Known as", "Mimi"],
        ["Group members present", "Tyler Oakes, Kai Rennard"],
        ["First language", "English"],
        ["Overall grade", "Good"],
        ["Strengths", "Mimi and Kai took part well; Tyler led the game. English is spoken at home."],
    ])
    form = parse(builder)
    output = json.dumps(form.to_json())
    assert not any(name in output for name in ("Mimi", "Tyler", "Kai", "Oakes", "Rennard"))
    assert "English is spoken at home" in form.strengths[0], "a language is not a person"


def test_a_job_title_or_email_address_after_a_name_is_not_part_of_the_name():
    for title in ("Team Manager", "Quality Assurance Officer", "Independent Reviewing Officer"):
        builder = DocxForm()
        builder.table([["Child ID", "1234567"], ["Overall grade", "Good"], ["Auditor", f"Jo Marsh, {title}"],
                       ["Social worker", "Ali Khan (ali.khan@northmoor.example.gov.uk)"]])
        form = parse(builder)
        assert (form.auditor, form.practitioner) == ("Jo Marsh", "Ali Khan"), title


def test_a_name_written_surname_first_is_put_forename_first():
    for written in ("Lateman, Sam", "LATEMAN, Sam", "Lateman, Sam J.", "Lateman, Sam (EHM)", "Lateman, Sam (Team Manager)"):
        builder = DocxForm()
        builder.table([["Child ID", "1234567"], ["Overall grade", "Good"], ["Auditor", written]])
        assert parse(builder).auditor.startswith("Sam") and parse(builder).auditor.endswith("Lateman"), written


def test_a_grade_matrix_whose_columns_carry_numbers_and_descriptions():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.table([
        ["Area of practice", "Outstanding (1)", "2 - Good", "Requires improvement (3)", "Inadequate: 4"],
        ["Voice of the child", "", "X", "", ""],
        ["Planning", "", "", "X", ""],
    ])
    assert parse(builder).section_grades == {"Voice of the child": GOOD, "Planning": REQUIRES_IMPROVEMENT}


def test_labels_nobody_listed_across_a_header_row_with_the_values_below():
    builder = DocxForm()
    builder.table([
        ["Case reference", "Family support worker", "Quality assured by", "Overall rating"],
        ["EH/20451", "Jo Marsh", "Sam Lateman", "Requires improvement"],
    ])
    form = parse(builder)
    assert (form.case_id, form.practitioner, form.auditor, form.grade) == (
        "EH/20451", "Jo Marsh", "Sam Lateman", REQUIRES_IMPROVEMENT)


def test_an_overview_whose_case_table_uses_its_own_headers():
    builder = DocxForm(heading="Head of Service Moderation Overview")
    builder.table([["Head of Service", "Claire Whitworth"], ["Month", "October 2026"]])
    builder.table([
        ["Case reference", "Grade given by auditor", "Grade agreed at moderation"],
        ["1234567", "Good", "Requires improvement"],
        ["C204518", "Good", "Good"],
    ])
    form = parse(builder)
    assert (form.case_id, form.grade) == (None, None)
    assert form.extra["moderated_cases"] == {"1234567": REQUIRES_IMPROVEMENT, "C204518": GOOD}


def test_the_overall_row_of_a_grade_matrix_labelled_in_the_tools_own_words():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"]])
    builder.table([
        ["Area of practice", "Outstanding", "Good", "Requires improvement", "Inadequate"],
        ["Voice of the child", "", "X", "", ""],
        ["Overall rating for this case", "", "", "X", ""],
    ])
    form = parse(builder)
    assert form.grade == REQUIRES_IMPROVEMENT
    assert form.section_grades == {"Voice of the child": GOOD}


def struck(paragraph, text: str):
    run = paragraph.add_run(text)
    run.font.strike = True
    return run


def test_an_urgent_concern_marked_in_a_yes_column_is_a_concern():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.table([["", "Yes", "No"], ["Has the audit found an immediate safeguarding concern for the child?", "X", ""]])
    assert parse(builder).urgent_concern is True


def test_no_marked_in_the_no_column_is_no_concern():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.table([["", "Yes", "No"], ["Are there any immediate safeguarding concerns?", "", "\u2714"]])
    form = parse(builder)
    assert form.urgent_concern is False and form.warnings == [] or form.urgent_concern is False


@pytest.mark.parametrize("yes, no, concern", [(Struck("Yes"), "No", False), ("Yes", Struck("No"), True)])
def test_an_urgent_answer_left_standing_in_its_own_cell_with_the_other_struck_through(yes, no, concern):
    # "Delete as appropriate", in a sheet: the question, then Yes and No a
    # cell each, the one not meant struck through and no detail asked for.
    workbook = styled_workbook({"Audit": [
        [Printed("Case file audit")],
        [Printed("Child ID"), "1234567"],
        [Printed("Overall grade"), "Good"],
        [Printed("Urgent safeguarding issue identified?"), yes, no],
    ]})
    form = parse_bytes(workbook, "audit.xlsx", definitions())
    assert form.urgent_concern is concern
    assert not any("no answer to it was read" in warning for warning in form.warnings)


@pytest.mark.parametrize("marked, concern", [(1, True), (2, False), (None, None)])
def test_an_urgent_answer_picked_out_in_a_row_of_its_own(marked, concern):
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    row = builder.document.add_table(rows=1, cols=3).rows[0]
    row.cells[0].text = "Is any child at risk of significant harm today?"
    for column, word in ((1, "Yes"), (2, "No")):
        run = row.cells[column].paragraphs[0].add_run(word)
        if column == marked:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    form = parse(builder)
    asked = any("no answer to it was read" in warning for warning in form.warnings)
    if concern is None:
        assert asked and not form.urgent_concern  # neither picked out: the sender is asked, never guessed
    else:
        assert form.urgent_concern is concern and not asked


def test_section_grades_after_their_evidence_with_the_grades_not_chosen_struck_through():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    for title, chosen in (("Area 1: Seeing the child", "Good"), ("Area 2: Working with the family", "Inadequate")):
        builder.paragraph(title, bold=True)
        builder.paragraph("The evidence for this area is set out here.")
        line = builder.paragraph()
        add_run(line, "Grade: ", bold=True)
        for index, grade in enumerate(("Outstanding", "Good", "Requires Improvement to be Good", "Inadequate")):
            (add_run if grade == chosen else struck)(line, grade)
            if index < 3:
                add_run(line, " / ")
    form = parse(builder)
    assert form.section_grades == {"Area 1: Seeing the child": GOOD, "Area 2: Working with the family": INADEQUATE}
    assert form.grade == GOOD and form.ok


def test_letter_grades_read_by_the_key_the_form_prints():
    builder = DocxForm()
    builder.paragraph("Gradings: O = Outstanding   G = Good   RI = Requires Improvement   In = Inadequate")
    builder.table([["Case reference", "LCS-9902479"], ["Overall multi-agency judgement", "In"]])
    assert parse(builder).grade == INADEQUATE


def test_a_label_a_sub_label_and_the_value_on_one_row():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"],
                   ["Practitioner observed", "Name", "Chloe Dawson"], ["Observer", "Name and role", "Karen Holt, TM"]])
    form = parse(builder)
    assert (form.practitioner, form.auditor) == ("Chloe Dawson", "Karen Holt")


def test_a_grade_label_above_the_grades_with_a_mark_under_one():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"]])
    builder.paragraph("Overall quality of practice observed", bold=True)
    builder.table([["Outstanding", "Good", "Requires Improvement to be Good", "Inadequate"], ["", "", "X", ""]])
    assert parse(builder).grade == REQUIRES_IMPROVEMENT


def test_a_moderated_grade_typed_after_the_auditors_on_the_same_line():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"]])
    line = builder.paragraph()
    add_run(line, "Overall grade: ", bold=True)
    add_run(line, "Good")
    add_run(line, "   Moderated: Outstanding", colour="C00000")
    form = parse(builder)
    assert (form.grade, form.moderated_grade, form.final_grade) == (GOOD, "Outstanding", "Outstanding")
    assert form.warnings == [] or not any("no moderated judgement" in warning for warning in form.warnings)


def test_grades_printed_after_rating_with_the_mark_in_the_row_beneath():
    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Name of Auditor", "Sam Lateman"]])
    builder.table([
        ["1. Assessment", None, None, None, None],
        ["Evidence", "The assessment is up to date.", None, None, None],
        ["Rating", "Good", "Outstanding", "Requires Improvement", "Inadequate"],
        [None, None, "X", None, None],
        ["2. Planning", None, None, None, None],
        ["Evidence", "The plan is not SMART.", None, None, None],
        ["Rating", "Good", "Outstanding", "Requires Improvement", "Inadequate"],
        [None, None, None, "X", None],
        ["3. Voice of the child", None, None, None, None],
        ["Rating", "Good", "Outstanding", "Requires Improvement", "Inadequate"],
        [None, None, None, None, None],
    ])
    builder.table([["Overall grade", "Good", "Outstanding", "Requires Improvement", "Inadequate"],
                   [None, None, None, "\u2713", None]])
    form = parse(builder)
    # Good is printed first, never taken for the choice.
    assert form.section_grades == {"1. Assessment": "Outstanding", "2. Planning": REQUIRES_IMPROVEMENT}
    assert form.grade == REQUIRES_IMPROVEMENT
    assert any("3. Voice of the child" in warning for warning in form.warnings)


def test_two_boxes_to_a_line_and_guidance_that_begins_with_a_label():
    builder = DocxForm()
    builder.paragraph("Auditor: complete in black ink; the moderator completes the last part in red.")
    builder.paragraph("Case ID: C1234567\tDate: 14.10.26")
    builder.paragraph("Auditor: Sam Lateman\tSW: Jo Marsh")
    builder.paragraph("Overall grade: Good")
    form = parse(builder)
    assert (form.case_id, form.date.isoformat()) == ("C1234567", "2026-10-14")
    assert (form.auditor, form.practitioner) == ("Sam Lateman", "Jo Marsh")


def test_a_yes_no_grid_with_numbered_questions_ends_with_the_overall_grade():
    builder = DocxForm("Early Help Assessment Quality Assurance")
    builder.table([["Case ID", "EH/20451"], ["QA completed by", "Sam Lateman"]])
    builder.table([
        ["No.", "Standard", "YES", "NO", "N/A", "Evidence"],
        ["Assessment", None, None, None, None, None],
        ["1", "Is the assessment up to date?", "X", None, None, "Completed 01/10/2026"],
        ["2", "Is there an immediate safeguarding concern?", None, "X", None, None],
        ["Overall grade for the Early Help offer to this family", None, None, None, None, "Requires Improvement"],
    ])
    form = parse(builder)
    assert form.grade == REQUIRES_IMPROVEMENT
    assert form.urgent_concern is False


def test_a_grading_key_table_is_not_read_and_each_areas_rating_table_follows_its_prompts():
    builder = DocxForm()
    builder.table([["Grade", "Descriptor"],
                   ["Good", "Practice meets the standard we expect and makes a positive difference."],
                   ["Outstanding", "Practice exceeds the standard of good and makes an exceptional difference."],
                   ["Requires improvement", "Practice is not yet good, though there are no widespread failures."],
                   ["Inadequate", "Practice is failing and the child is, or may be, left at risk of harm."]])
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"]])
    builder.table([["1. Planning", None], ["Prompts", "Evidence / Commentary & Analysis"],
                   ["Is the plan SMART?", "The plan has no timescales."]])
    builder.table([["Rating", "Good", "Outstanding", "Requires improvement  X", "Inadequate"]])
    builder.table([["2. Voice of the child", None], ["Prompts", "Evidence / Commentary & Analysis"],
                   ["Is the child seen alone?", "Seen alone at every visit."]])
    builder.table([["Rating", "Good", "Outstanding", "Requires improvement", "Inadequate"],
                   [None, "\u25cf", None, None, None]])
    builder.table([["Overall judgement (Ofsted descriptors)", "Good", "Outstanding", "Requires improvement",
                    "Inadequate"],
                   [None, None, None, "\u2612", "HoS"]])
    form = parse(builder)
    assert form.section_grades == {"1. Planning": REQUIRES_IMPROVEMENT, "2. Voice of the child": GOOD}
    assert (form.grade, form.moderated_grade, form.final_grade) == (REQUIRES_IMPROVEMENT, INADEQUATE, INADEQUATE)


def test_the_overall_grade_left_standing_among_the_printed_grades():
    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"]])
    table = builder.table([["Overall judgement of the quality of practice", "Inadequate", "Requires improvement",
                            "Good", "Outstanding"]])
    for column in (1, 2, 4):
        for run in table.rows[0].cells[column].paragraphs[0].runs:
            run.font.strike = True
    assert parse(builder).grade == GOOD


def test_judgements_written_as_sentences_grade_their_area_the_case_and_the_moderation():
    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"]])
    builder.paragraph("1. The child's lived experience", bold=True)
    builder.paragraph("What is life like for this child?")
    builder.paragraph("Visits are regular. For these reasons I have graded this area Req. Imp.")
    builder.paragraph("2. The plan and its progress", bold=True)
    builder.paragraph("The plan is reviewed on time.")
    builder.paragraph("HoS comment: Agree, this is well evidenced.")
    builder.paragraph("My judgement for this area is Good.")
    builder.paragraph("3. Overall judgement", bold=True)
    builder.paragraph("Taking everything above into account, I would grade this case as Good.")
    builder.paragraph("Head of Service moderation", bold=True)
    builder.paragraph("Having read the file, I would moderate the overall judgement to Outstanding.")
    form = parse(builder)
    assert form.section_grades == {"1. The child's lived experience": REQUIRES_IMPROVEMENT,
                                   "2. The plan and its progress": GOOD}
    assert (form.grade, form.moderated_grade, form.final_grade) == (GOOD, "Outstanding", "Outstanding")
    assert not form.errors


def test_an_urgent_concern_answered_under_its_question_is_read():
    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"], ["Overall grade", "Good"]])
    builder.paragraph("8. Are there any immediate safeguarding concerns that need to be escalated?", bold=True)
    builder.paragraph("Yes \u2013 medical appointments have been missed. Head of Service informed.")
    form = parse(builder)
    assert form.urgent_concern is True
    assert form.urgent_concern_detail.startswith("medical appointments have been missed")


def test_yes_and_no_printed_as_options_are_no_answer_until_one_is_marked():
    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"], ["Overall grade", "Good"]])
    builder.table([["Is there an immediate concern for the child's safety?", "Yes", "No"],
                   [None, None, "\u2612"]])
    assert parse(builder).urgent_concern is False

    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"], ["Overall grade", "Good"]])
    builder.table([["Is there an immediate concern for the child's safety?", "Yes  X", "No"]])
    assert parse(builder).urgent_concern is True

    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"], ["Overall grade", "Good"],
                   ["Is there an immediate concern for the child's safety?", "Yes / No"]])
    assert parse(builder).urgent_concern is False  # printed, never answered: no concern is read into it


def test_a_colour_key_on_one_line_and_an_areas_rating_table_after_its_evidence():
    builder = DocxForm("Multi-Agency Case Audit")
    builder.table([["Case reference", "C1234567"], ["Lead auditor", "Sam Lateman"]])
    builder.paragraph("Key: Blue = Outstanding  Green = Good  Amber = Requires improvement  Red = Inadequate")
    builder.paragraph("1. Information sharing", bold=True)
    builder.paragraph("Information was shared late by two agencies.")
    builder.table([["Judgement", "outstanding", "good", "requires improvement", "inadequate"],
                   [None, None, None, "X", None]])
    builder.paragraph("2. Voice of the child", bold=True)
    builder.table([["RAG rating", "Blue"]])
    builder.paragraph("Recommendations", bold=True)
    builder.paragraph("See action 1 of the partnership action plan.")
    builder.table([["Overall multi-agency judgement", "Green"]])
    form = parse(builder)
    assert form.section_grades == {"1. Information sharing": REQUIRES_IMPROVEMENT,
                                   "2. Voice of the child": "Outstanding"}
    assert form.grade == GOOD
    assert form.actions == []  # a pointer to the action plan is no action of its own


def test_a_moderators_remark_inside_an_area_and_the_date_of_the_moderation_table():
    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"], ["Date of audit meeting", "23 October 2026"]])
    builder.paragraph("1. Early identification", bold=True)
    builder.paragraph("The plan has too many actions without named owners.")
    builder.paragraph("Moderator: Agree, this is well evidenced.")
    builder.paragraph("Judgement: Requires Improvement")
    builder.paragraph("2. Information sharing", bold=True)
    builder.paragraph("Clear evidence of purposeful visits.")
    builder.paragraph("Judgement: Good")
    builder.table([["Overall quality of multi-agency practice", "Good"]])
    builder.table([["Moderator", "Date", "Moderated judgement", "Comments"],
                   ["Claire Whitworth (HoS)", "30/10/2026", "Good", "I agree with the auditor's findings."]])
    form = parse(builder)
    assert form.section_grades == {"1. Early identification": REQUIRES_IMPROVEMENT, "2. Information sharing": GOOD}
    assert (form.grade, form.moderated_grade) == (GOOD, GOOD)
    assert form.date.isoformat() == "2026-10-23"
    assert form.extra["moderator"] == "Claire Whitworth"


def test_a_deep_dive_says_what_children_and_families_told_it():
    builder = DocxForm("Deep Dive Audit")
    builder.table([["Theme", "Voice of the child in plans"], ["Lead auditor", "Nasreen Akhtar"],
                   ["Date of audit day", "28 October 2026"], ["Number of cases sampled", "3"]])
    builder.paragraph("What children and families told us", bold=True)
    builder.paragraph("Parents said meetings were easier when the worker explained what would be discussed.")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert form.form == "thematic_audit"
    assert form.extra["family_voice"].startswith("Parents said meetings were easier")


def test_a_thematic_audits_table_of_children_is_not_its_own_team_or_grade():
    builder = DocxForm("Themed Audit Day \u2013 Report of Findings")
    builder.table([["Audit theme", "Neglect"], ["Themed audit day led by", "Nasreen Akhtar, Head of Service"],
                   ["Service", "Safeguarding and Quality Assurance"], ["Date of audit day", "26/10/2026"],
                   ["Number of cases sampled", "3"]])
    builder.table([["Child", "Initials", "Team", "Audit grade"],
                   ["Child A", "P.M.", "Safeguarding Unit", "Inadequate"],
                   ["Child B", "R.M.", "Safeguarding Unit", "Good"],
                   ["Child C", "B.H.", "Safeguarding Unit", "Outstanding"]])
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert (form.team, form.grade) == (None, None)
    assert form.service == "Safeguarding and Quality Assurance"


def test_each_areas_table_titled_then_the_grades_then_a_rating_row_marked():
    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"]])
    grades = ["Good", "Outstanding", "Requires Improvement", "Inadequate"]
    for number, (name, marked) in enumerate([("Assessment", 1), ("Planning", 3)], 1):
        builder.table([[f"{number}. {name}", None, None, None, None],
                       ["Evidence", "The file shows regular visits.", None, None, None],
                       [None, *grades],
                       ["Rating", *("X" if column == marked else None for column in range(1, 5))]])
    builder.table([["Overall grade", *grades], [None, "X", None, None, None]])
    form = parse(builder)
    # Each "Rating" is its area's, not a second overall grade.
    assert form.section_grades == {"1. Assessment": GOOD, "2. Planning": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD and not form.errors


def test_bands_of_yes_no_questions_graded_below_or_in_the_band_row():
    def form(rows):
        builder = DocxForm("Early Help Assessment Quality Assurance Tool")
        builder.table([["Case ID", "EH/20451"], ["QA completed by", "Sam Lateman"], ["Overall grade", "Good"]])
        builder.table([["No.", "Question", "YES", "NO", "N/A", "Evidence"], *rows])
        return parse(builder)

    below = form([["Section 1: The assessment", None, None, None, None, None],
                  ["1.1", "Is the assessment signed by the family?", None, "No", None, "Not signed"],
                  ["Grade for this section", None, None, None, None, "Requires Improvement"],
                  ["Section 2: The plan", None, None, None, None, None],
                  ["2.1", "Is the plan SMART?", "X", None, None, "A good plan"],
                  ["Rating", None, "Good", None, None, "The plan is SMART but the review is late."]])
    assert below.section_grades == {"Section 1: The assessment": REQUIRES_IMPROVEMENT, "Section 2: The plan": GOOD}
    in_band = form([["1. The assessment", None, None, None, "Grade:", "Good"],
                    ["1.1", "Is the assessment signed by the family?", "X", None, None, "Signed"],
                    ["2. The plan", None, None, None, "Grade:", "Inadequate"],
                    ["2.1", "Is the plan SMART?", None, "X", None, "No"]])
    assert in_band.section_grades == {"1. The assessment": GOOD, "2. The plan": INADEQUATE}


def test_one_grid_of_areas_under_shortened_grades_with_bands_between_them():
    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"]])
    table = builder.table([
        ["Area of practice", "What good looks like", "Evidence", "Inad", "RI", "Good", "Out"],
        ["Help and protection", None, None, None, None, None, None],
        ["Assessment", "Timely and analytical", "Seen on file", None, None, "X", None],
        ["Planning and review", "SMART plans", "No timescales", None, "X", None, None],
        ["Leadership", None, None, None, None, None, None],
        ["Management oversight", "Regular supervision", "Monthly", None, None, None, "X"],
        ["Overall grade", None, None, None, None, "X", None],
    ])
    for band in (1, 4):
        table.rows[band].cells[0].merge(table.rows[band].cells[6])
    form = parse(builder)
    assert form.section_grades == {"Assessment": GOOD, "Planning and review": REQUIRES_IMPROVEMENT,
                                   "Management oversight": "Outstanding"}
    assert form.grade == GOOD


def test_actions_tables_headed_in_the_councils_own_words():
    for header in (["Actions agreed", "By whom", "Date to be completed by"], ["What will happen", "Who", "Timescale"],
                   ["Actions agreed", "Who", "Date"]):
        builder = DocxForm()
        builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"], ["Overall grade", "Good"]])
        builder.table([header, ["Update the plan", "Jo Marsh", "30/11/2026"],
                       ["Hold a review", "Sam Lateman", "14/12/2026"]])
        form = parse(builder)
        assert [(action.action, action.owner, action.due.isoformat()) for action in form.actions] == [
            ("Update the plan", "Jo Marsh", "2026-11-30"), ("Hold a review", "Sam Lateman", "2026-12-14")], header


def test_each_area_titled_above_its_table_of_evidence_commentary_and_rating():
    grades = ["Good", "Outstanding", "Requires Improvement", "Inadequate"]

    def form(area_table):
        builder = DocxForm("Case File Audit Form")
        builder.table([["Child's ID", "LCS-2045187"], ["Name of Auditor", "Sam Lateman"], ["Date of audit", "14/10/2026"],
                       ["Overall grade", "Good"]])
        for title, grade in (("1. Assessment", "Outstanding"), ("2. Planning", "Inadequate")):
            builder.paragraph(title, bold=True)
            area_table(builder, grade)
        return parse(builder)

    def typed(builder, grade):
        builder.table([["Evidence", "Commentary & Analysis", "Rating"],
                       ["The assessment is on file.", "It weighs the risks.", grade]])

    def marked_beside(builder, grade):
        builder.table([["Evidence", "Commentary & Analysis", "Rating"],
                       ["The assessment is on file.", "It weighs the risks.",
                        "\n".join(f"{option}  X" if option == grade else option for option in grades)]])

    def grade_columns(builder, grade):
        builder.table([["Evidence", "Commentary & Analysis", *grades],
                       ["The assessment is on file.", "It weighs the risks.",
                        *("X" if option == grade else None for option in grades)]])

    for area_table in (typed, marked_beside, grade_columns):
        parsed = form(area_table)
        # The area is the title above the table, never the evidence's first words.
        assert parsed.section_grades == {"1. Assessment": "Outstanding", "2. Planning": INADEQUATE}, area_table.__name__
        assert parsed.grade == GOOD and not parsed.warnings


def test_a_table_of_comments_and_a_grade_under_an_overall_title_is_not_an_area():
    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"]])
    builder.paragraph("Overall judgement", bold=True)
    builder.table([["Rationale", "Grade"], ["A clear plan, visits on time.", "Good"]])
    form = parse(builder)
    assert form.grade == GOOD and form.section_grades == {}


def test_each_areas_boxes_then_its_grade_line_or_a_grade_column_beside_them():
    def form(area):
        builder = DocxForm("Multi-Agency Case Audit")
        builder.table([["Child's Mosaic number", "C2045187"], ["Lead auditor", "Sam Lateman"],
                       ["Date of audit", "14/10/2026"], ["Agencies involved", "Police, Health, Education"]])
        for number, (name, grade) in enumerate((("Recognition", "Good"), ("Joint working", INADEQUATE)), 1):
            builder.heading(f"Section {number}: {name}", 2)
            area(builder, number, grade)
        builder.paragraph("Overall multi-agency judgement", bold=True)
        builder.paragraph("Good")
        return parse(builder)

    def paragraphs(builder, number, grade):
        for label, said in (("Good practice", "Police shared information quickly"),
                            ("Areas for development", "Health were not invited"),
                            ("Recommendations", "Invite health")):
            builder.paragraph(label, bold=True)
            builder.paragraph(f"{said} (area {number}).")
        builder.paragraph(f"Judgement for this section: {grade}")

    def columns(builder, number, grade):
        builder.table([["Good practice", "Areas for development", "Recommendations", "Grade"],
                       [f"Police shared information quickly (area {number}).", f"Health were not invited (area {number}).",
                        f"Invite health (area {number}).", grade]])

    for area in (paragraphs, columns):
        parsed = form(area)
        assert parsed.section_grades == {"Section 1: Recognition": GOOD, "Section 2: Joint working": INADEQUATE}
        # The grade of the last area is not a second overall grade, and every
        # area's good practice and areas for development are kept.
        assert parsed.grade == GOOD and not parsed.warnings, area.__name__
        assert len(parsed.strengths) == 2 and len(parsed.development_areas) == 2, area.__name__


def test_an_areas_questions_table_then_its_grade_on_a_line_or_in_a_table_after():
    def form(graded):
        builder = DocxForm("Early Help Assessment Quality Assurance Tool")
        builder.table([["Mosaic number", "EH/20451"], ["Lead professional", "Jo Marsh"], ["Date of QA", "14/10/2026"],
                       ["QA completed by", "Sam Lateman"]])
        for number, (name, grade) in enumerate((("The assessment", GOOD), ("The plan", INADEQUATE)), 1):
            builder.heading(f"{number}. {name}", 2)
            builder.table([["No.", "Question", "YES", "NO", "N/A", "Evidence"],
                           [f"{number}.1", "Is the assessment signed by the family?", "X", None, None, "Signed"]])
            graded(builder, grade)
        builder.heading("Next steps", 2)
        builder.table([["Action", "Who", "By when"], ["Review the plan", "Jo Marsh", "30/11/2026"]])
        builder.paragraph("Overall grade for the Early Help offer to this family: Requires Improvement")
        return parse(builder)

    def line(builder, grade):
        builder.paragraph(f"Section grade: {grade}")

    def one_row(builder, grade):
        builder.table([["Overall rating for this section", grade]])

    def marked(builder, grade):
        grades = ["Outstanding", "Good", "Requires Improvement", "Inadequate"]
        builder.table([["Rating", *grades], [None, *("X" if option == grade else None for option in grades)]])

    for graded in (line, one_row, marked):
        parsed = form(graded)
        assert parsed.section_grades == {"1. The assessment": GOOD, "2. The plan": INADEQUATE}, graded.__name__
        # The overall grade after the actions is the form's, not the actions' heading's.
        assert parsed.grade == REQUIRES_IMPROVEMENT and not parsed.warnings, graded.__name__


def test_a_yes_no_grid_whose_bands_carry_their_grade_in_the_band_below_or_beside():
    def form(rows):
        builder = DocxForm("Early Help Assessment Quality Assurance Tool")
        builder.table([["Mosaic number", "EH/20451"], ["QA completed by", "Sam Lateman"], ["Date of QA", "14/10/2026"],
                       ["Overall grade", "Good"]])
        table = builder.table(rows)
        for row in table.rows:
            if not any(cell.text for cell in row.cells[1:]) or row.cells[0].text.startswith("Section grade"):
                row.cells[0].merge(row.cells[len(row.cells) - 1])
        return parse(builder)

    header = ["No.", "Question", "YES", "NO", "N/A", "Evidence"]
    closing = form([header, ["1. The assessment", None, None, None, None, None],
                    ["1.1", "Is the assessment signed by the family?", "X", None, None, "Signed"],
                    ["Section grade: Requires Improvement", None, None, None, None, None]])
    assert closing.section_grades == {"1. The assessment": REQUIRES_IMPROVEMENT} and closing.grade == GOOD
    # The grade abbreviated after the label, a note after it: still the band's grade, not the next band's title.
    noted = form([header, ["1. The assessment", None, None, None, None, None],
                  ["1.1", "Is the assessment signed by the family?", "X", None, None, "Signed"],
                  ["Section grade: r.i. \u2014 recording is behind", None, None, None, None, None]])
    assert noted.section_grades == {"1. The assessment": REQUIRES_IMPROVEMENT}
    beside = DocxForm("Early Help Assessment Quality Assurance Tool")
    beside.table([["Mosaic number", "EH/20451"], ["QA completed by", "Sam Lateman"], ["Overall grade", "Good"]])
    table = beside.table([header + ["Section grade"]])
    for number, grade in ((1, "Outstanding"), (2, "Inadequate")):
        band = table.add_row().cells
        band[0].merge(band[6]).text = f"{number}. Part {number}"
        first = len(table.rows)
        for question in (1, 2):
            cells = table.add_row().cells
            for column, text in enumerate([f"{number}.{question}", "Is the plan SMART?", "X", "", "", "Yes"]):
                cells[column].text = text
        merged = table.rows[first].cells[6].merge(table.rows[first + 1].cells[6])
        merged.text = grade
    parsed = parse(beside)
    assert parsed.section_grades == {"1. Part 1": "Outstanding", "2. Part 2": INADEQUATE} and parsed.grade == GOOD
    in_band = form([header, ["1. The assessment", None, None, None, None, "Grade: Inadequate"],
                    ["1.1", "Is the assessment signed by the family?", "X", None, None, "Signed"]])
    # "Grade: Inadequate" in the band row is the band's grade, not a second overall grade.
    assert in_band.section_grades == {"1. The assessment": INADEQUATE} and in_band.grade == GOOD
    assert not in_band.warnings and not in_band.errors
    # An Early Help tool titled "quality assurance", not "audit", is known as one.
    assert in_band.form == "early_help_audit"


def test_a_table_of_areas_each_beside_its_grade_with_no_header():
    builder = DocxForm("Multi-Agency Case Audit")
    builder.table([["Child's Mosaic number", "C2045187"], ["Lead auditor", "Sam Lateman"]])
    builder.heading("Conclusions", 2)
    builder.table([["Recognition", "Good"], ["Joint working", "RI"], ["Overall multi-agency judgement", "Good"]])
    parsed = parse(builder)
    assert parsed.section_grades == {"Recognition": GOOD, "Joint working": REQUIRES_IMPROVEMENT}
    assert parsed.grade == GOOD


def test_the_grade_in_a_grid_of_boxes_under_the_forms_own_title_is_the_overall_grade():
    builder = DocxForm("Case File Audit")
    builder.table([["Case ref", "LCS-2045187", "SW", "Jo Marsh"], ["Auditor (TM)", "Sam Lateman", "Date", "14-Oct-2026"],
                   ["Grade", "Req. Imp.", "HoS", "Alex Brown"]])
    form = parse(builder)
    # The form's title is no area of practice the grade could belong to.
    assert form.grade == REQUIRES_IMPROVEMENT and form.section_grades == {} and not form.errors


def test_the_agencies_involved_ticked_in_a_list_or_marked_in_a_table_of_every_agency():
    involved = ["Police", "Health visiting", "Education"]
    every = involved + ["Probation", "Housing"]

    def form(agencies):
        builder = DocxForm("Multi-Agency Case Audit")
        builder.table([["Child's Mosaic number", "C2045187"], ["Lead auditor", "Sam Lateman"],
                       ["Date of audit", "14/10/2026"], ["Overall multi-agency judgement", "Good"]])
        agencies(builder)
        return parse(builder).extra.get("agencies")

    layouts = {
        "boxes": lambda builder: builder.table([["Agencies involved", "  ".join(
            ("\u2612 " if agency in involved else "\u2610 ") + agency for agency in every)]]),
        "marked": lambda builder: builder.table([["Agency", "Involved?", "Representative"], *[
            [agency, "\u2713" if agency in involved else None, "Pat Jones"] for agency in every]]),
        "yes or no": lambda builder: builder.table([["Agencies taking part in the audit"], ["Agency", "Involved?"], *[
            [agency, "Yes" if agency in involved else "No"] for agency in every]]),
        "representatives": lambda builder: builder.table([["Agency", "Representative"], *[
            [agency, "Pat Jones"] for agency in involved]]),
        # The marks first, under a head left empty, ticks or boxes.
        "ticked first": lambda builder: builder.table([[None, "Agency", "Representative (role)"], *[
            ["\u2713" if agency in involved else None, agency, "Pat Jones (Officer)" if agency in involved else None]
            for agency in every]]),
        "boxes first": lambda builder: builder.table([[None, "Agency", "Representative (role)"], *[
            ["\u2612" if agency in involved else "\u2610", agency, "Pat Jones (Officer)" if agency in involved else None]
            for agency in every]]),
        # Each agency, then who spoke for it or what it brought.
        "who spoke": lambda builder: [builder.paragraph(line, bold=line == "Agencies attending") for line in (
            "Agencies attending", "Police: Lisa Sutcliffe, Detective Constable",
            "Health visiting: Kwame Szymanski, Specialist Health Visitor",
            "Education: Nadia Adebayo, Designated Safeguarding Lead")],
        "what each brought": lambda builder: [builder.paragraph(line, bold=line == "Agency contributions") for line in (
            "Agency contributions",
            "Summary of each agency's single-agency audit as presented on the day (not graded).",
            *(f"\u2022 {agency}: Attended core groups and shared information promptly." for agency in involved))],
    }
    for name, agencies in layouts.items():
        assert form(agencies) == involved, name


def test_each_agency_graded_in_a_table_under_the_key_of_numbered_grades():
    builder = DocxForm("Multi-Agency Case Audit")
    builder.table([["Child's Mosaic number", "C2045187"], ["Lead auditor", "Sam Lateman"],
                   ["Date of audit", "14/10/2026"]])
    builder.paragraph("3. Agency findings and grades", bold=True)
    builder.paragraph("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", bold=True)
    builder.table([["Agency", "Findings", "Grade"], ["Police", "Every meeting attended.", "1"],
                   ["Health visiting", "Information was held but not passed on.", "3"]])
    builder.paragraph("Overall grade (panel): 2")
    form = parse(builder)
    assert form.section_grades == {"Police": OUTSTANDING, "Health visiting": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD


def test_multi_agency_actions_are_actions_not_agencies():
    builder = DocxForm("Multi-Agency Case Audit")
    builder.table([["Child's Mosaic number", "C2045187"], ["Lead auditor", "Sam Lateman"],
                   ["Date of audit", "14/10/2026"], ["Overall multi-agency judgement", "Good"]])
    builder.paragraph("6. Multi-agency actions", bold=True)
    builder.paragraph("1) Social worker to update the chronology with every agency's information. "
                      "\u2013 Allocated social worker, by 25.11.26")
    form = parse(builder)
    assert [action.due.isoformat() for action in form.actions] == ["2026-11-25"]
    assert not form.extra.get("agencies")


def test_a_thematic_audits_sample_from_a_table_of_cases_or_references_written_anywhere():
    references = ["C2045187", "C2045231", "C2046719", "C2047702"]

    def form(cases):
        builder = DocxForm("Deep Dive Audit")
        builder.table([["Theme", "Neglect"], ["Lead officer", "Alex Brown"], ["Date of audit session", "15/10/2026"]])
        cases(builder)
        return parse(builder)

    layouts = {
        "table": lambda builder: builder.table([["Case reference", "Allocated team", "Legal status"],
                                                *[[case, "Assessment Team 2", "CIN"] for case in references]]),
        "numbered column": lambda builder: builder.table([["Case", "Case reference", "Team"], *[
            [str(number), case, "Assessment Team 2"] for number, case in enumerate(references, 1)]]),
        "lines": lambda builder: [builder.paragraph(f"Case {number}: {case}") for number, case in enumerate(references, 1)],
        "count and references": lambda builder: builder.table([["Number of cases in the sample", "4"],
                                                               ["Case references", ", ".join(references)]]),
    }
    for name, cases in layouts.items():
        parsed = form(cases)
        assert parsed.extra.get("sampled_case_ids") == references, name
        assert parsed.extra.get("cases_sampled") == 4 and parsed.auditor == "Alex Brown", name
        assert parsed.case_id is None and not parsed.warnings, name


def test_an_observations_feedback_boxes_worded_as_questions_or_below_their_labels():
    went_well = ["Warm, respectful communication with the family.", "Good use of the three houses tool."]
    better = ["Avoid jargon with parents."]
    for boxes in ([["What did the observer notice that went well?", "\n".join(went_well)],
                   ["What could be better?", "\n".join(better)]],
                  [["Strengths of the practice observed"], ["\n".join(went_well)],
                   ["What learning was identified?"], ["\n".join(better)]]):
        builder = DocxForm("Practice Observation")
        builder.table([["Practitioner observed", "Jo Marsh"], ["Observer", "Sam Lateman"],
                       ["Date of observation", "14/10/2026"], ["Overall quality of the observed practice", "Good"]])
        builder.table(boxes)
        form = parse(builder)
        assert (form.strengths, form.development_areas) == (went_well, better)


def test_the_overall_row_of_an_areas_table_takes_its_grade_from_the_grade_column_past_a_prompt():
    builder = DocxForm()
    builder.table([["Case ID", "C1234567"], ["Auditor", "Sam Lateman"], ["Date of audit", "14/10/2026"]])
    builder.table([["Area", "Comments", "Grade"],
                   ["Assessment", "Timely and analytical.", "Good"],
                   ["Planning", "No timescales.", "RI"],
                   ["Overall grade", "Taking the areas above together, what is your overall judgement of the case?",
                    "Req. Imp."]])
    form = parse(builder)
    assert form.grade == REQUIRES_IMPROVEMENT and not form.errors
    assert form.section_grades == {"Assessment": GOOD, "Planning": REQUIRES_IMPROVEMENT}


def test_a_step_up_or_down_is_read_from_its_box_and_never_from_the_tools_title():
    from forms_helpers import xlsx_bytes

    def workbook(rows):
        head = [["Step Up / Step Down Transfer Quality Assurance Tool"], ["Family ID", "EH/20451"],
                ["Lead professional", "Jo Marsh"], ["QA completed by", "Sam Lateman"], ["Date of QA", "14/10/2026"], []]
        return parse_bytes(xlsx_bytes({"Audit": head + rows + [["Overall grade", "Good"]]}), "audit.xlsx", definitions())

    said = workbook([["Direction", "Step up to Children's Social Care"]])
    assert said.extra.get("direction") == "Step up to Children's Social Care"
    ticked = workbook([["Direction", "\u2610 Step up  \u2612 Step down"]])
    assert ticked.extra.get("direction") == "Step down"
    # Nowhere written: asked, never "Transfer Quality Assurance Tool" out of the title.
    unsaid = workbook([])
    assert unsaid.extra.get("direction") is None
    assert "No step up or step down found on the form." in unsaid.warnings


def test_an_areas_judgement_labelled_in_its_own_cell_and_an_actions_title_with_its_hint():
    builder = DocxForm("Quality of Practice and Impact Audit")
    builder.table([["Record number", "LCS9744996"], ["Auditor", "Sam Lateman"], ["Date of audit", "30 October 2026"]])
    for number, (name, grade) in enumerate((("The child's voice", "GOOD"), ("Plans and planning", "R.I. - plan needs to be SMART")), 1):
        table = builder.table([[f"C{number}. {name}", None, None],
                               ["Is there a plan the family understand?", "Decisions are recorded.", "Judgement:"]])
        table.rows[0].cells[0].merge(table.rows[0].cells[2])
        table.cell(1, 2).add_paragraph(grade)
    builder.paragraph("Overall judgement \u2013 quality and impact of practice: GOOD")
    builder.paragraph("F. Actions \u2013 who will do what, by when", bold=True)
    builder.table([["No.", "Action", "Who", "By when"], ["F1", "Update the chronology.", "Jo Marsh", "30 November 2026"]])
    form = parse(builder)
    # Each "Judgement:" is its area's, not a second overall grade.
    assert form.section_grades == {"C1. The child's voice": GOOD, "C2. Plans and planning": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD and not form.errors
    # The actions' title and its hint are no action.
    assert [action.action for action in form.actions] == ["Update the chronology."]


def test_a_briefings_grid_of_titled_boxes_is_read_box_by_box():
    builder = DocxForm("Thematic Audit: 7-Minute Briefing")
    builder.table([["Theme", "Neglect"], ["Audit lead", "Alex Brown"], ["Date of audit", "15/10/2026"]])
    boxes = [
        [["3. What's working well", "Chronologies were up to date.", "Partners attended every meeting."],
         ["4. What needs to improve", "Fathers' views were missing."]],
        [["5. What happens next", "Run a workshop on SMART plans – Alex Brown – by 19/11/2026",
          "Add the Graded Care Profile to supervision – Practice manager – by 13/11/2026"],
         ["6. Questions for your team", "How does the child's voice reach the plan?"]],
    ]
    table = builder.table([["", ""], ["", ""]])
    for row, cells in enumerate(boxes):
        for column, lines in enumerate(cells):
            cell = table.cell(row, column)
            add_run(cell.paragraphs[0], lines[0], bold=True)
            for line in lines[1:]:
                cell.add_paragraph(line)
    form = parse(builder)
    assert form.strengths == ["Chronologies were up to date.", "Partners attended every meeting."]
    assert form.development_areas == ["Fathers' views were missing."]
    assert [action.due.isoformat() for action in form.actions] == ["2026-11-19", "2026-11-13"]


def _options(paragraph, chosen: str) -> None:
    """The four scores printed on one line, the chosen one highlighted in bold."""
    for number, grade in enumerate(["Outstanding", "Good", "Requires improvement", "Inadequate"]):
        text = f"{4 - number} {grade}"
        add_run(paragraph, text, bold=text == chosen, highlight=text == chosen)
        add_run(paragraph, "     ")


def test_a_scored_case_audit_with_labels_over_values_and_its_scores_highlighted():
    builder = DocxForm("Case Audit Tool")
    builder.table([
        ["Child's name", "Date of birth", "LL ID", "Plan"],
        ["Kenzie Mistry", "1st Aug 2010", "4808376", "Child in our Care"],
        ["Allocated SW", "Team", "Service area", "Team manager"],
        ["Tom Hargreaves", "Assessment Team 1", "Assessment and Child Protection", "Joanne Fletcher"],
        # Half the labels here mean no field the form records.
        ["Auditor", "Auditor's role", "Date of audit", "Social worker spoken to?"],
        ["Robert Ainsworth", "Assistant Director", "26th Oct 2026", "Yes"],
        ["Parents / carers", "Other children in the household"],
        ["Kerry Mensah and Gemma Mensah", "N/A"],
    ])
    builder.table([["4 = Outstanding", "3 = Good", "2 = Requires improvement", "1 = Inadequate"]])
    domains = builder.table([["", ""] for _ in range(6)])
    for start, (title, chosen) in zip((0, 3), [("1. Working with the family", "1 Inadequate"),
                                               ("2. How we write about children and families", "3 Good")]):
        domains.cell(start, 0).merge(domains.cell(start, 1)).text = title
        domains.cell(start + 1, 0).text, domains.cell(start + 1, 1).text = "Evidence from the record", "Visits are late."
        domains.cell(start + 2, 0).text = "Score"
        _options(domains.cell(start + 2, 1).paragraphs[0], chosen)
    builder.paragraph("Overall judgement", bold=True)
    builder.paragraph("Overall score:", bold=True)
    _options(builder.paragraph(), "2 Requires improvement")
    builder.table([["Good practice identified", "Weaknesses to address"],
                   ["Direct work is on file.", "The chronology is out of date."]])
    builder.table([["Remedial action", "Responsible", "Target date", "Update"],
                   ["Update the chronology.", "Social worker", "16th Nov 2026", ""]])
    form = parse(builder)
    assert (form.auditor, form.practitioner, form.team) == ("Robert Ainsworth", "Tom Hargreaves", "Assessment Team 1")
    assert (form.service, form.date.isoformat()) == ("Assessment and Child Protection", "2026-10-26")
    assert form.section_grades == {"1. Working with the family": INADEQUATE,
                                   "2. How we write about children and families": GOOD}
    assert form.grade == REQUIRES_IMPROVEMENT
    assert (form.strengths, form.development_areas) == (["Direct work is on file."], ["The chronology is out of date."])
    assert [(action.owner, action.due.isoformat()) for action in form.actions] == [("Social worker", "2026-11-16")]
    assert "Kenzie" not in json.dumps(form.to_json()) and "Mensah" not in json.dumps(form.to_json())


def test_labels_whose_words_say_they_are_not_the_fields_value():
    labels = Labels(definitions().kind("case_file_audit"), definitions())
    # A person's role, a person in a team, a question asking whether.
    assert [labels.meant(text) for text in ("Auditor's role", "Team manager", "Social worker spoken to?")] \
        == [None, None, None]
    assert [labels.meant(text) for text in ("Allocated SW", "Weaknesses to address", "Overall score:")] \
        == ["practitioner", "development_areas", "grade"]


def test_strips_of_labels_over_values_and_rows_of_labels_beside_values():
    builder = DocxForm("Multi-agency Case Audit – Panel Record")
    builder.table([
        # Two references: the one the case is known by means it more.
        ["Panel reference", "CSC reference", "Name of child", "Date of birth"],
        ["MAPR 2026/32", "CSC/5636909", "Kayden Gledhill", "Friday 27 January 2023"],
        ["Allocated worker", "Team", "Service area", "Plan at the time of review"],
        ["Laura Bennett", "Family Safeguarding Team 1", "Assessment and Child Protection", "Child protection plan"],
        # Labels known only by their meaning start a strip of their own.
        ["Lead reviewer", "Review meeting held on"],
        ["Paul Gregson", "Tuesday 6 October 2026"],
    ])
    form = parse(builder, "review.docx")
    assert (form.case_id, form.auditor, form.practitioner) == ("CSC/5636909", "Paul Gregson", "Laura Bennett")
    assert (form.team, form.service, form.date.isoformat()) == (
        "Family Safeguarding Team 1", "Assessment and Child Protection", "2026-10-06")

    builder = DocxForm("Multi-Agency Case File Audit")
    builder.table([
        ["Case reference", "LCS-5408497", "Lead auditor", "Sarah Hollins"],
        # Labels and values in pairs: the row below is no row of values.
        ["Team", "Safeguarding Unit", "Service", "Safeguarding and Quality Assurance"],
        ["Date of MACFA panel", "28.10.2026", "Lead agency", "Children's Social Care"],
    ])
    form = parse(builder, "macfa.docx")
    assert (form.team, form.service, form.date.isoformat()) == (
        "Safeguarding Unit", "Safeguarding and Quality Assurance", "2026-10-28")


def test_an_areas_grade_at_the_end_of_its_question_line_and_boxes_under_a_parts_title():
    builder = DocxForm("Multi-agency Case Audit – Panel Record")
    builder.table([["CSC reference", "CSC/5636909"], ["Lead reviewer", "Paul Gregson"], ["Overall rating", "Good"]])
    builder.paragraph("2. What the review found", bold=True)
    for question, grade in [("Q1  How well is the child seen, heard and understood?", "Good"),
                            ("Q2  Is there one plan that every agency owns?", "Req. improvement")]:
        line = builder.paragraph()
        add_run(line, question, bold=True)
        add_run(line, "   \u25b8 Rating: ")
        add_run(line, grade, bold=True)
        builder.paragraph("Think about every agency's records.")
    builder.paragraph("3. Learning from the review", bold=True)
    builder.paragraph("What worked well", bold=True)
    builder.paragraph("\u2022 Supervision is regular.")
    builder.paragraph("What needs to change", bold=True)
    builder.paragraph("\u2022 The chronology is out of date.")
    form = parse(builder)
    assert form.section_grades == {"Q1 How well is the child seen, heard and understood?": GOOD,
                                   "Q2 Is there one plan that every agency owns?": REQUIRES_IMPROVEMENT}
    assert (form.strengths, form.development_areas) == (["Supervision is regular."], ["The chronology is out of date."])


def test_a_ratings_summary_with_leader_dots_and_agencies_ticked_beside_who_spoke_for_them():
    builder = DocxForm("Joint Case Audit – Practice Review Record")
    builder.table([["Child's case no.", "LCS-7080559"], ["Review led by", "Joanne Fletcher"]])
    builder.table([["Agency", "Took part (\u2612)", "Represented by"],
                   ["Children's Social Care", "\u2612", "Allocated social worker"], ["Police", "", ""],
                   ["Health visiting", "\u2612", "Health visitor"], ["School", "", ""]])
    builder.paragraph("Ratings summary", bold=True)
    builder.paragraph("1. Child seen, heard and understood \u2026\u2026 Inadequate")
    builder.paragraph("2. Sharing information \u2026\u2026 Req. Imp.")
    builder.paragraph("Overall rating of the multi-agency response \u2026\u2026 RI")
    form = parse(builder)
    assert (form.form, form.case_id) == ("multi_agency_audit", "LCS-7080559")
    assert form.extra["agencies"] == ["Children's Social Care", "Health visiting"]
    assert form.section_grades == {"1. Child seen, heard and understood": INADEQUATE,
                                   "2. Sharing information": REQUIRES_IMPROVEMENT}
    assert form.grade == REQUIRES_IMPROVEMENT


def test_each_question_a_table_titled_in_bold_over_its_hint_and_closed_by_the_panels_rating():
    builder = DocxForm("Multi-Agency Practice Review – Case Audit Record")
    builder.table([["LCS number", "Child", "Allocated worker"], ["LCS8101284", "Kian Adebayo", "James Whittaker"],
                   ["Team", "Plan at the time of review", "Lead reviewer (CSC)"],
                   ["Family Safeguarding Team 2", "CIN", "Karen Holt"],
                   ["Panel date", None, None], ["14-Oct-2026", None, None]])
    for question, evidence, rating in [
            ("Q1. How well is the child seen, heard and understood?", "Kian's views do not inform the plan.", "R.I."),
            ("Q2. How well do agencies share what they know, and in good time?",
             "Oversight does not give clear direction or timescales.", "Inadequate – no strategy minutes")]:
        table = builder.table([[""], [evidence], [""]])
        add_run(table.cell(0, 0).paragraphs[0], question, bold=True)
        table.cell(0, 0).add_paragraph("Think about every agency's records.")
        add_run(table.cell(2, 0).paragraphs[0], "Panel rating: ", bold=True)
        add_run(table.cell(2, 0).paragraphs[0], rating)
    builder.paragraph("Overall rating of the multi-agency response: Requires Improvement")
    builder.table([["No.", "What will be done", "Lead", "By", "Progress"],
                   ["1", "Update the chronology.", "Practice manager", "25-Nov-2026", ""]])
    form = parse(builder)
    assert (form.form, form.auditor, form.team, form.date.isoformat()) == (
        "multi_agency_audit", "Karen Holt", "Family Safeguarding Team 2", "2026-10-14")
    assert form.section_grades == {"Q1. How well is the child seen, heard and understood?": REQUIRES_IMPROVEMENT,
                                   "Q2. How well do agencies share what they know, and in good time?": INADEQUATE}
    assert [(action.owner, action.due.isoformat()) for action in form.actions] == [("Practice manager", "2026-11-25")]


def test_criteria_each_with_an_evidence_box_and_a_grade_line_of_four_options_one_highlighted():
    builder = DocxForm("Observed Practice Evaluation Tool")
    line = builder.paragraph()
    add_run(line, "Name of social worker: ", bold=True)
    add_run(line, "Ben Rigby\t\t")
    add_run(line, "Service area: ", bold=True)
    add_run(line, "Early Help\t\t")
    # A label no field explains, between two that do: no part of either.
    add_run(line, "Observed practice: ", bold=True)
    add_run(line, "Group session at the family hub")
    builder.table([["Name of auditor", "Lynne Cartwright"], ["Date of observation", "20 October 2026"]])
    for criterion, chosen in [("1. Risk is identified, responded to and reduced", "Outstanding"),
                              ("2. Attendance and participation", "Requires Improvement")]:
        builder.paragraph(criterion, bold=True)
        builder.paragraph("Were the right people there and heard?")
        box = builder.table([[""]])
        add_run(box.cell(0, 0).paragraphs[0], "Evidence:", bold=True)
        box.cell(0, 0).add_paragraph("The worries were named and explained.")
        grade = builder.paragraph()
        add_run(grade, "Grade:  ", bold=True)
        for option in ("Inadequate", "Requires Improvement", "Good", "Outstanding"):
            add_run(grade, option, bold=option == chosen, highlight=option == chosen)
            add_run(grade, " / ")
    builder.table([["Strengths observed", "What would make the practice even better?"],
                   ["Warm and clear with the family.", "Summarise the next steps at the end."]])
    builder.paragraph("Overall grade for the observed practice: Good - see comments")
    builder.paragraph("Learning from the observation \u2013 actions", bold=True)
    builder.paragraph("1. Complete the direct work module. \u2013 Practice manager \u2013 by 23 November 2026")
    form = parse(builder, "observation.docx")
    assert (form.practitioner, form.service, form.extra.get("setting")) == (
        "Ben Rigby", "Early Help", "Group session at the family hub")
    assert form.section_grades == {"1. Risk is identified, responded to and reduced": OUTSTANDING,
                                   "2. Attendance and participation": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD
    assert (form.strengths, form.development_areas) == (["Warm and clear with the family."],
                                                        ["Summarise the next steps at the end."])
    assert [action.due.isoformat() for action in form.actions] == ["2026-11-23"]


def test_a_summary_of_ratings_set_out_with_tabs_and_what_the_family_told_us():
    builder = DocxForm("Early Help Practice Review – TAF Audit Record")
    builder.table([["Early Help ref", "EH-721815"], ["Lead reviewer", "Colin Heap"]])
    builder.paragraph("1. What the family told us", bold=True)
    builder.paragraph("Mum said the plan is written in words she understands.")
    builder.paragraph("Summary of ratings", bold=True)
    builder.paragraph("1. Child's voice in the plan\tOutstanding")
    builder.paragraph("2. TAF meetings and reviews\tgood")
    builder.paragraph("Overall rating of the help this family is getting\tGood")
    form = parse(builder)
    assert form.extra.get("family_voice") == "Mum said the plan is written in words she understands."
    assert form.section_grades == {"1. Child's voice in the plan": OUTSTANDING, "2. TAF meetings and reviews": GOOD}
    assert form.grade == GOOD


def test_a_box_of_strengths_across_the_partnership_is_strengths_not_agencies():
    labels = Labels(definitions().kind("multi_agency_audit"), definitions())
    assert [labels.meant(text) for text in ("Strengths across the partnership", "Partners involved")] \
        == ["strengths", "agencies"]


def test_an_areas_title_and_prompt_a_box_to_write_in_then_its_judgement_ticked():
    builder = DocxForm("Quality of Practice and Impact Audit")
    builder.table([["Case ref", "LCS-6502791"], ["Auditor", "Karen Holt"], ["Overall judgement", "Good"]])
    for title, ticked in [("C1. Working with the family", "Requires improvement"), ("C2. Language and recording", "Good")]:
        builder.paragraph(title, bold=True)
        builder.paragraph("Were the family part of the decisions made about them?")
        builder.table([["The plan has too many actions without named owners."]])
        boxes = [("\u2612 " if grade == ticked else "\u2610 ") + grade
                 for grade in ("Outstanding", "Good", "Requires improvement", "Inadequate")]
        builder.paragraph("Judgement:  " + "   ".join(boxes))
    form = parse(builder)
    assert form.section_grades == {"C1. Working with the family": REQUIRES_IMPROVEMENT,
                                   "C2. Language and recording": GOOD}
    assert form.grade == GOOD


def test_areas_graded_on_their_title_rows_with_prompts_and_comments_between_and_the_overall_past_a_prompt():
    builder = DocxForm("Children's Social Care – Case File Audit")
    builder.table([["Case ref", "LCS6652315"], ["Auditor", "Paul Gregson"]])
    builder.table([
        ["Practice area", "Findings / evidence", "Grade"],
        ["1. The child's voice, wishes and feelings", "", "Inadequate"],
        ["Is the child seen, and seen alone?", "", ""],
        ["Comments", "The child has not been seen alone.", ""],
        ["2. Quality of assessment", "", "good - some drift"],
        ["Does the assessment analyse history and risk?", "", ""],
        ["HoS comment", "The core group minutes are not on file.", ""],
        ["Overall judgement of the child's experience", "Taking all areas into account, what is it like?", "RI"],
        ["Moderated grade (Head of Service)", "Inadequate", "Moderated by", "Claire Whitworth"],
    ])
    form = parse(builder)
    assert form.section_grades == {"1. The child's voice, wishes and feelings": INADEQUATE,
                                   "2. Quality of assessment": GOOD}
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, INADEQUATE)
    assert form.moderator_comments == ["The core group minutes are not on file."]


def test_areas_titled_across_the_table_graded_by_the_fill_of_their_grade_cell_on_the_keys_colours():
    from bot.samples.ooxml import shade

    builder = DocxForm("Children's Social Care – Case File Audit")
    builder.table([["Case ref", "LCS6652315"], ["Auditor", "Paul Gregson"], ["Overall grade", "Good"]])
    key = builder.table([["Grading key", "Outstanding", "Good", "Requires improvement", "Inadequate"]])
    for column, fill in enumerate(["00B050", "92D050", "FFC000", "FF0000"], start=1):
        shade(key.cell(0, column)._tc, fill)
    rows = [["Practice area", "Findings / evidence", "Grade (colour)"]]
    for title in ("1. Working with families", "2. Hearing the child"):
        rows += [[title, "", ""], ["Were the family part of the decisions?", "", ""],
                 ["Evidence:", "Decisions are explained and recorded.", ""]]
    areas = builder.table(rows)
    for row, fill in ((3, "92D050"), (6, "FF0000")):
        shade(areas.cell(row, 2)._tc, fill)
    form = parse(builder)
    assert form.section_grades == {"1. Working with families": GOOD, "2. Hearing the child": INADEQUATE}
    assert form.grade == GOOD

    # The fill beside the area's title, under a "RAG" column.
    builder = DocxForm("Children's Social Care – Case File Audit")
    builder.table([["Case ref", "LCS6652315"], ["Auditor", "Paul Gregson"], ["Overall grade", "Good"]])
    key = builder.table([["Grading key", "Outstanding", "Good", "Requires improvement", "Inadequate"]])
    for column, fill in enumerate(["00B050", "92D050", "FFC000", "FF0000"], start=1):
        shade(key.cell(0, column)._tc, fill)
    areas = builder.table([["Area of practice", "Auditor's comments", "RAG"],
                           ["1. Working with families", "", ""], ["Comments", "Decisions are recorded.", ""],
                           ["2. Hearing the child", "", ""], ["Comments", "The child's words are on file.", ""]])
    for row, fill in ((1, "FFC000"), (3, "00B050")):
        shade(areas.cell(row, 2)._tc, fill)
    assert parse(builder).section_grades == {"1. Working with families": REQUIRES_IMPROVEMENT,
                                             "2. Hearing the child": OUTSTANDING}


def test_a_moderation_part_left_unmoderated_has_no_comments_and_no_warning():
    builder = DocxForm("Practice Quality Audit")
    builder.table([["Child ID", "1234567"], ["Auditor", "Karen Holt"], ["Overall grade", "Good"]])
    builder.paragraph("H. Head of Service moderation", bold=True)
    # The part's guidance printed under its title, then its own boxes.
    builder.paragraph("The moderator reads the record and this audit, types in their own colour, and agrees "
                      "or disagrees with the overall judgement.")
    builder.table([["Moderated by", ""], ["Moderated overall judgement", ""],
                   ["Moderator's comments", "Not selected for moderation this month."]])
    form = parse(builder)
    assert form.moderator_comments == [] and not form.moderated
    assert not any("Moderator" in warning for warning in form.warnings)


def test_a_score_summarys_total_is_no_area_and_a_date_labelled_by_what_was_completed():
    builder = DocxForm("Case Audit Tool")
    builder.table([["Child ID", "1234567"], ["Audit undertaken by", "Karen Holt"],
                   ["Audit completed on", "Monday 26 October 2026"]])
    builder.paragraph("Key: 4 = Outstanding, 3 = Good, 2 = Requires improvement, 1 = Inadequate")
    builder.table([["Domain", "Score"], ["Working with the family", "4"], ["The child's voice", "3"], ["Total", "7 / 8"]])
    builder.paragraph("Auditor's overall judgement: good")
    form = parse(builder)
    assert form.section_grades == {"Working with the family": OUTSTANDING, "The child's voice": GOOD}
    assert not any("No single grade" in warning for warning in form.warnings)
    assert form.auditor == "Karen Holt" and form.date.isoformat() == "2026-10-26"


def test_a_workbooks_question_answered_in_its_own_words_a_label_over_its_hint_and_a_described_key():
    from forms_helpers import xlsx_bytes

    rows = [["Step Up / Step Down – Transfer Quality Assurance Tool"],
            ["1.1", "Early Help reference", "EH/30531"], ["1.2", "QA completed by", "Colin Heap"],
            ["1.3", "Was the case stepped up or stepped down?", "Step up to Children's Social Care"],
            ["Grading key"],
            ["1 = Outstanding", "Practice exceeds good and makes an exceptional difference."],
            ["2 = Good", "Agencies work well together; the child is safer."],
            ["3 = Requires improvement", "Help is not yet good enough."],
            ["4 = Inadequate", "The child is left at risk."],
            ["Section 3 – The family's voice"],
            ["3.1", "What the family told us\nUse the family's own words where you can.", "Dad feels included now."],
            ["4.3", "Overall grade", "3"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.extra.get("direction") == "Step up to Children's Social Care"
    # The part's title is not the box: its row labels the family's voice again.
    assert form.extra.get("family_voice") == "Dad feels included now."
    # "3" on the key printed down a column, each grade's description beside it.
    assert form.grade == REQUIRES_IMPROVEMENT


def test_an_overall_question_answered_on_its_own_line_and_a_tabbed_label_left_blank():
    builder = DocxForm("Early Help Practice Review – TAF Audit Record")
    builder.table([["Early Help ref", "EH-721815"], ["Date of review", "20/10/2026"]])
    builder.paragraph("Name of worker: Chloe Dawson\t\tService area: \t\tName of auditor: Karen Holt")
    builder.paragraph("4. Overall judgement", bold=True)
    builder.paragraph("Overall, how good is the Early Help this family is getting?: OUTSTANDING")
    # Whose rating it is, said before the rating: no part of the area's name.
    builder.paragraph("Q1  Is there one plan that every agency owns?  \u2013  Panel rating: requires improvement")
    form = parse(builder)
    assert form.grade == OUTSTANDING and not any("grade" in warning for warning in form.warnings)
    assert (form.practitioner, form.auditor, form.service) == ("Chloe Dawson", "Karen Holt", None)
    assert form.section_grades == {"Q1 Is there one plan that every agency owns?": REQUIRES_IMPROVEMENT}


def test_an_early_help_review_judged_stage_by_stage_with_its_key_its_prompts_and_a_question_with_guidance():
    builder = DocxForm("Early Help Audit: Case Review")
    builder.table([["Early Help Module ID", "Child / young person"], ["EHM-140232", "Leighton Lindley"],
                   ["Case Coordinator / Lead Practitioner", "Locality team"], ["Leanne Ogden", "Early Help Team North"],
                   ["Reviewed by", "Date of review"], ["Colin Heap", "28th of October 2026"]])
    # The key: each grade's name heads a line of it, and names no field.
    builder.paragraph("How to judge each stage", bold=True)
    builder.paragraph("Good: the family are helped; the plan is reviewed and is making a difference.")
    builder.paragraph("Requires improvement: no one is left unsafe, but the help is not yet consistent.")
    for stage, (name, chosen) in enumerate((("Hearing the child", 2), ("The action plan", 1)), 1):
        builder.paragraph(f"Stage {stage}: {name}", bold=True)
        builder.paragraph("What good looks like: the plan is SMART and reviewed every 6 to 8 weeks.")
        table = builder.table([["What the review found", "Judgement for this stage"],
                               ["Visits are on time.", None]])
        cell = table.cell(1, 1)
        for index, grade in enumerate(("Outstanding", "Good", "Requires improvement", "Inadequate")):
            run = (cell.paragraphs[0] if index == 0 else cell.add_paragraph()).add_run(grade)
            run.font.strike = index != chosen  # the others struck through
    builder.paragraph("Section 3: The family's voice", bold=True)
    builder.paragraph("In their own words: what the family say about the support", bold=True)
    builder.table([["Mum said the meetings are at times that suit her."]])
    builder.paragraph("Overall judgement: Good")
    builder.table([["Has this review found any child in the family at risk of significant harm now? If yes, tell "
                    "your manager and contact the Children's Front Door today.", "YES"]])
    form = parse(builder)
    assert (form.case_id, form.practitioner, form.team) == ("EHM-140232", "Leanne Ogden", "Early Help Team North")
    assert form.section_grades == {"Stage 1: Hearing the child": REQUIRES_IMPROVEMENT, "Stage 2: The action plan": GOOD}
    assert form.development_areas == []
    assert form.extra.get("family_voice") == "Mum said the meetings are at times that suit her."
    assert form.urgent_concern is True


def test_areas_titled_over_their_prompt_and_graded_on_their_evidence_row_moderated_in_a_column():
    from forms_helpers import xlsx_bytes

    rows = [["Child ID", "7687656"], ["Auditor", "Sarah Hollins"], ["Date audit completed", "01/10/2026"], [],
            ["Grading key", "1 = Outstanding", "2 = Good", "3 = Requires improvement", "4 = Inadequate"], [],
            ["Area of practice", "Auditor's comments", "Score", "Moderator (HoS)"],
            ["1. The child's voice"], ["Is the child seen, and seen alone?"],
            ["Evidence:", "Seen alone at each visit.", "2"],
            ["2. Quality of the plan"], ["Is the plan outcome focused?"],
            [None, "The chronology is incomplete.", "3", "Chronology updated after the audit."],
            ["OVERALL AUDIT GRADE", "Taking all areas into account, what is the child's experience of our help?",
             "2 – Good", "Moderated to requires improvement"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.section_grades == {"1. The child's voice": GOOD, "2. Quality of the plan": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD and form.moderated_grade == REQUIRES_IMPROVEMENT


def test_an_areas_table_with_a_what_good_looks_like_column_and_the_views_question_in_plain_words():
    builder = DocxForm("Case Audit Tool")
    builder.table([["Child ID", "1234567"], ["Auditor", "Nicola Wragg"], ["Overall grade", "Good"]])
    for number, (name, chosen) in enumerate((("Working with the family", "3 Good"), ("Management grip", "1 Inadequate")), 1):
        builder.paragraph(f"{number}. {name}", bold=True)
        table = builder.table([["What good looks like", "Auditor's evidence", "Score"],
                               ["Decisions are made with the family.", "The record is up to date.", None]])
        cell = table.cell(1, 2)
        for index, option in enumerate(("4 Outstanding", "3 Good", "2 Requires improvement", "1 Inadequate")):
            add_run(cell.paragraphs[0] if index == 0 else cell.add_paragraph(), option, highlight=option == chosen)
    builder.table([["Have the child and family been asked what they think of the help they are getting?", "Yes"]])
    builder.paragraph("What the practitioner did well", bold=True)
    builder.bullets("Warm, respectful communication with the family.")
    builder.paragraph("What would make the practice stronger", bold=True)
    builder.bullets("Prepare by reading the latest partner information.")
    form = parse(builder)
    assert form.section_grades == {"1. Working with the family": GOOD, "2. Management grip": INADEQUATE}
    # The printed guidance is no evidence of the area's.
    assert "Decisions are made" not in json.dumps(form.extra.get("section_comments", {}))
    assert form.extra.get("feedback_sought") is True
    assert form.strengths == ["Warm, respectful communication with the family."]
    assert form.development_areas == ["Prepare by reading the latest partner information."]


def test_a_label_of_several_questions_means_what_one_of_them_means_and_a_nothing_sentence_with_a_tail():
    builder = DocxForm("Appreciative Inquiry into an Observed Session")
    builder.table([["Case no.", "4421639"], ["Worker", "Leila Haddad"], ["Observer", "Julie Barlow"]])
    # Each question and its answer in a box of its own, one paragraph under the other.
    for question, answer in (
        ("What went well during the session? What did you feel proud of?", "Challenge to the parents was respectful."),
        ("What could you have done to make your score closer to 10?",
         "Summarise the agreed actions at the end of the visit."),
        ("Is this a realistic goal? What needs to happen to enable this to be possible next time?",
         "No further actions required at this time \u2013 continue with the current plan."),
    ):
        builder.table([[question]]).cell(0, 0).add_paragraph(answer)
    builder.paragraph("Overall judgement: Good")
    form = parse(builder)
    assert form.strengths == ["Challenge to the parents was respectful."]
    assert form.development_areas == ["Summarise the agreed actions at the end of the visit."]
    assert form.actions == []


def test_areas_scored_on_the_forms_own_scale_are_not_asked_about_as_grades_left_unchosen():
    def form(key: str):
        builder = DocxForm("Observation of Practice")
        builder.table([["Case ID", "1817006"], ["Observer", "Paul Gregson"], ["Overall grade", "Good"]])
        builder.paragraph(key)
        builder.table([["Element", "What the observer saw", "Score"], ["Evocation", "Asked open questions.", "4"],
                       ["Empathy", "Reflected back how the parent felt.", "3"]])
        return parse(builder)

    own = form("Score each element 1 to 5: 1 = not seen, 3 = seen some of the time, 5 = seen throughout.")
    assert own.section_grades == {} and not any("No single grade" in warning for warning in own.warnings)
    # Numbers with no key at all cannot be told apart from grades: asked about.
    unkeyed = form("Score each element.")
    assert any("No single grade" in warning for warning in unkeyed.warnings)


def shade(cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = properties.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill})
    properties.append(shading)


def test_labels_asked_as_questions_and_owned_by_a_possessive():
    builder = DocxForm("Direct Work Observation Record")
    builder.table([
        ["Who observed?", "Lynne Cartwright (Early Help Manager)"],
        ["Whose practice was observed?", "Kirsty Duckworth, Family Support Worker"],
        ["Worker's team", "Early Help Team North"],
        ["When", "28th of October 2026"],
        ["What did you observe?", "Home visit"],
        ["Child's record no.", "CSC/7587534"],
    ])
    builder.paragraph("How good was the practice I saw?", bold=True)
    # The four grades printed with what each looks like beneath; the
    # observer shades the one they choose.
    grades = builder.table([["Outstanding", "Good", "Requires improvement to be good", "Inadequate"],
                            ["the family would say it changed things", "purposeful, warm and clear",
                             "kind but not yet purposeful", "the child was not kept in mind"]])
    shade(grades.cell(0, 1), "A6A6A6")
    form = parse(builder)
    assert (form.auditor, form.practitioner, form.team) == ("Lynne Cartwright", "Kirsty Duckworth", "Early Help Team North")
    assert form.form == "observation", form.warnings
    assert (form.case_id, form.date.isoformat(), form.extra.get("setting")) == ("CSC/7587534", "2026-10-28", "Home visit")
    assert form.grade == GOOD


def test_the_grade_chosen_among_the_four_printed_with_descriptions_beneath():
    for chosen, mark in ((INADEQUATE, {"bold": True}), (OUTSTANDING, {"highlight": True})):
        builder = DocxForm("Observation of Practice")
        builder.table([["Case ID", "1817006"], ["Observer", "Paul Gregson"], ["Practitioner", "Amy Stott"]])
        builder.paragraph("Overall judgement of the observed practice", bold=True)
        grades = builder.table([[None, None, None, None], ["changed things", "purposeful", "kind", "unsafe"]])
        for index, grade in enumerate((OUTSTANDING, GOOD, "Requires improvement to be good", INADEQUATE)):
            add_run(grades.cell(0, index).paragraphs[0], grade.upper() if grade == chosen and mark.get("bold") else grade,
                    **(mark if grade == chosen else {}))
        assert parse(builder).grade == chosen


def test_cells_each_holding_a_label_over_its_value():
    builder = DocxForm("Practice Week: observing practice with families")
    table = builder.table([[None] * 3, [None] * 3])
    for row, cells in enumerate(((("WHO OBSERVED", "Paul Gregson, Practice Manager"), ("WHOSE PRACTICE", "Laura Bennett"),
                                  ("WHEN", "Tuesday 27 October 2026")),
                                 (("TEAM", "Family Safeguarding Team 1"), ("CHILD'S MOSAIC NUMBER", "LCS-4968614"),
                                  ("ACTIVITY OBSERVED", "Core group meeting")))):
        for column, (label, value) in enumerate(cells):
            cell = table.cell(row, column)
            add_run(cell.paragraphs[0], label, bold=True)
            cell.add_paragraph(value)
    form = parse(builder)
    assert (form.auditor, form.practitioner, form.date.isoformat()) == ("Paul Gregson", "Laura Bennett", "2026-10-27")
    assert (form.team, form.case_id, form.extra.get("setting")) == ("Family Safeguarding Team 1", "LCS-4968614",
                                                                   "Core group meeting")


def test_the_observers_own_words_in_a_label_leave_its_meaning():
    builder = DocxForm("Observation of Practice")
    builder.table([["Case ID", "1817006"], ["Observer", "Paul Gregson"], ["Practitioner", "Amy Stott"],
                   ["Overall grade", "Good"]])
    builder.table([["Strengths I saw", "What could be even better?"],
                   ["Challenge to the parents was respectful.", "Spend time with the child on their own."]])
    form = parse(builder)
    assert form.strengths == ["Challenge to the parents was respectful."]
    assert form.development_areas == ["Spend time with the child on their own."]


def test_the_observers_own_sentence_and_bold_labels_with_their_values_after_them():
    builder = DocxForm("Observation of Direct Work")
    builder.paragraph("On Friday 16 October 2026 I, Jane Smith (Practice Manager), observed the direct work of "
                      "Daniel Price, Social Worker in Assessment Team 2.")
    for label, value in (("What did you observe? ", "Core group meeting"), ("Child's Mosaic number ", "MOS-1125949")):
        paragraph = builder.paragraph(label, bold=True)
        add_run(paragraph, value)
    # A bold label's plain hint is no value.
    hint = builder.paragraph("Overall quality of practice", bold=True)
    add_run(hint, " (Outstanding / Good / Requires improvement / Inadequate)")
    builder.paragraph("Good")
    form = parse(builder)
    assert form.form == "observation"
    assert (form.auditor, form.practitioner, form.team) == ("Jane Smith", "Daniel Price", "Assessment Team 2")
    assert (form.date.isoformat(), form.case_id, form.extra.get("setting")) == ("2026-10-16", "MOS-1125949",
                                                                               "Core group meeting")
    assert form.grade == GOOD


def test_a_head_of_services_countersignature_with_their_own_judgement_and_actions_agreed():
    builder = DocxForm("Direct Work Observation Record")
    builder.table([["Case ID", "1817006"], ["Observer", "Paul Gregson"], ["Practitioner", "Amy Stott"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Learning agreed with the worker", bold=True)
    builder.table([["What we agreed", "Owner", "By when"],
                   ["Discuss the observation in the next supervision.", "Amy Stott", "Tuesday 3 November 2026"]])
    builder.paragraph("Countersigned \u2013 Head of Service", bold=True)
    table = builder.table([["Read by", None], ["Comments", None], ["Your judgement of the practice", None]])
    for row, text in ((0, "David Okonjo"), (1, "Read. The plan needs a sharper focus on the child."),
                      (2, "Do not agree \u2013 Req. improvement")):
        add_run(table.cell(row, 1).paragraphs[0], text, colour="7030A0")
    form = parse(builder)
    assert [(action.action, action.due.isoformat()) for action in form.actions] == [
        ("Discuss the observation in the next supervision.", "2026-11-03")]
    assert (form.grade, form.moderated_grade, form.final_grade) == (GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT)
    assert form.section_grades == {}


def test_the_theme_of_a_thematic_audit_under_a_label_nobody_listed():
    for label in ("Audit topic", "What was audited?"):
        builder = DocxForm("Thematic Audit Summary")
        builder.table([[label, "Private fostering arrangements"],
                       ["Audit lead", "Mark Ellison, Head of Service"], ["Number of cases audited", "7"]])
        form = parse(builder)
        assert form.form == "thematic_audit" and form.ok, form.errors
        assert form.extra.get("theme") == "Private fostering arrangements"


def test_a_senior_managers_sign_off_gives_the_moderation_not_the_audits_date_or_grade():
    builder = DocxForm("Thematic Audit Summary")
    builder.table([["Audit topic", "Child criminal exploitation"], ["Audit completed by", "Nasreen Akhtar"],
                   ["Audit meeting held on", "30 October 2026"], ["Number of cases audited", "4"]])
    builder.paragraph("6. Overall conclusion", bold=True)
    builder.paragraph("The audit team's overall judgement is that practice across the sample requires improvement.")
    builder.paragraph("8. Immediate safeguarding concerns", bold=True)
    builder.table([["Did the audit identify any child at immediate risk of harm?", "No"]])
    builder.paragraph("9. Sign-off by Assistant Director", bold=True)
    builder.table([["Name", "Robert Ainsworth"], ["Date", "5 November 2026"],
                   ["Comments", "Having read two of the files myself I do not agree with the overall grade."],
                   ["Senior manager's grade", "Inadequate"]])
    form = parse(builder)
    assert form.date.isoformat() == "2026-10-30"
    assert (form.grade, form.moderated_grade, form.final_grade) == (REQUIRES_IMPROVEMENT, INADEQUATE, INADEQUATE)


def test_an_immediate_risk_asked_in_the_tools_own_words_is_an_urgent_concern():
    for question in ("Did the audit identify any child at immediate risk of harm?",
                     "Anything needing a safeguarding response today?"):
        builder = DocxForm("Observation of Practice")
        builder.table([["Case ID", "1817006"], ["Observer", "Paul Gregson"], ["Practitioner", "Amy Stott"],
                       ["Overall grade", "Good"], [question, "Yes"]])
        assert parse(builder).urgent_concern is True


def test_a_title_naming_one_field_twice_means_that_field():
    builder = DocxForm("Thematic Audit Summary")
    builder.table([["Audit topic", "Child criminal exploitation"], ["Audit completed by", "Nasreen Akhtar"],
                   ["Number of cases audited", "4"]])
    builder.paragraph("4. Strengths and good practice", bold=True)
    builder.paragraph("Practitioners used the toolkit confidently.")
    builder.paragraph("7. Recommendations and action plan", bold=True)
    builder.paragraph("1. Refresh the practice guidance at team meetings. Lead: Practice managers. "
                      "By 18 December 2026.")
    form = parse(builder)
    assert form.strengths == ["Practitioners used the toolkit confidently."]
    assert [action.due.isoformat() for action in form.actions] == ["2026-12-18"]


def test_a_label_may_name_in_the_plural_what_a_meaning_names_in_the_singular():
    builder = DocxForm("Thematic Audit Summary")
    builder.table([["Audit topic", "Neglect"], ["Audit completed by", "Nasreen Akhtar"],
                   ["Number of cases audited", "4"], ["Voice of families", "Parents valued the plan being explained."]])
    assert parse(builder).extra.get("family_voice") == "Parents valued the plan being explained."


def test_a_form_no_title_names_that_lists_its_sample_of_cases_is_a_thematic_audit():
    builder = DocxForm("Single Agency Audit \u2013 Summary Return")
    builder.table([["Agency", "Northmoor Council Children's Services"], ["Service area", "Early Help"],
                   ["What was audited?", "Harmful sexual behaviour"], ["Audit lead", "Susan Pemberton"],
                   ["Date of audit", "30-Oct-2026"]])
    builder.paragraph("2. Cases in the sample", bold=True)
    builder.table([["No.", "Case reference", "Plan at time of audit"], ["1", "CSC/8053345", "Child Protection"],
                   ["2", "CSC/7528419", "Child in Need"], ["3", "CSC/1706692", "Child Looked After"]])
    form = parse(builder)
    assert (form.form, form.ok, form.case_id) == ("thematic_audit", True, None)
    assert form.extra["sampled_case_ids"] == ["CSC/8053345", "CSC/7528419", "CSC/1706692"]
    assert form.extra["theme"] == "Harmful sexual behaviour"
    # One case, and no case ID: the sender is asked for it.
    single = DocxForm("Single Agency Audit \u2013 Summary Return")
    single.table([["Agency", "Northmoor Council Children's Services"], ["Audit lead", "Susan Pemberton"],
                  ["Overall grade", "Good"]])
    form = parse(single)
    assert not form.ok and any("case ID" in error for error in form.errors)


def test_a_sign_off_parts_own_name_and_comments_are_the_moderators():
    builder = DocxForm("Thematic Audit Summary")
    builder.table([["Audit topic", "Neglect"], ["Audit completed by", "Nasreen Akhtar"],
                   ["Audit meeting held on", "21 October 2026"], ["Number of cases audited", "4"],
                   ["Overall judgement", "Good"]])
    builder.paragraph("9. Sign-off by Assistant Director", bold=True)
    builder.table([["Name", "Priya Raman"], ["Date", "26 October 2026"],
                   ["Comments", "Thank you \u2013 a helpful audit. Please bring the action plan to the service meeting."],
                   ["Moderated grade", None]])
    form = parse(builder)
    assert form.extra.get("moderator") == "Priya Raman"
    assert form.moderator_comments == [
        "Thank you \u2013 a helpful audit. Please bring the action plan to the service meeting."]
    assert (form.date.isoformat(), form.extra.get("moderation_date")) == ("2026-10-21", "2026-10-26")
    assert (form.grade, form.moderated_grade) == (GOOD, None)


def test_a_nothing_sentence_with_its_reason_after_a_colon_is_no_action():
    builder = DocxForm("Thematic Audit Summary")
    builder.table([["Audit topic", "Neglect"], ["Audit completed by", "Nasreen Akhtar"],
                   ["Number of cases audited", "4"]])
    builder.paragraph("7. Recommendations and action plan", bold=True)
    builder.paragraph("No recommendations: the learning will be shared through team meetings.")
    assert parse(builder).actions == []


def test_a_grade_matrix_numbering_its_areas_under_a_key_of_marks_and_their_grades():
    builder = DocxForm("Case Audit \u2013 Quality of Practice")
    builder.paragraph("Grading key", bold=True)
    builder.table([["Out \u2013 Outstanding", "Practice exceeds good: the difference made is exceptional."],
                   ["Good", "Practice meets our standards: timely and child-focused."],
                   ["RI \u2013 Requires Improvement to be Good", "The child is safe, but practice is not yet good."],
                   ["Inad \u2013 Inadequate", "Practice leaves the child at risk of harm."]])
    builder.table([["Child ID", "5188352"], ["Auditor", "Karen Holt"], ["Overall grade", "Requires improvement"]])
    builder.table([["No.", "Area of practice", "Evidence", "Out", "Good", "RI", "Inad"],
                   ["1.", "Planning and review", "Risks identified by partners were not acted upon.", "", "", "", "X"],
                   ["2.", "Multi-agency working", "Partners attend meetings.", "", "X", "", ""]])
    assert parse(builder).section_grades == {"Planning and review": INADEQUATE, "Multi-agency working": GOOD}


def test_a_matrix_headed_by_the_grades_initials_and_a_moderation_box_opening_with_its_grade():
    builder = DocxForm("Case Audit \u2013 Quality of Practice")
    builder.table([["Child ID", "5188352"], ["Auditor", "Helen Marsden, Director of Children's Services"],
                   ["Overall grade", "Good"]])
    builder.table([["Area of practice", "Evidence", "O", "G", "RI", "I"],
                   ["Planning and review", "The plan is SMART.", "X", "", "", ""],
                   ["Multi-agency working", "Partners attend meetings.", "", "", "X", ""]])
    table = builder.table([["Head of Service moderation", None]])
    cell = table.cell(0, 1)
    cell.paragraphs[0].add_run("Moderated grade: OUTSTANDING")
    cell.add_paragraph("I agree with the auditor's findings; the evidence on file supports the judgement.")
    form = parse(builder)
    assert form.auditor == "Helen Marsden"
    assert form.section_grades == {"Planning and review": OUTSTANDING, "Multi-agency working": REQUIRES_IMPROVEMENT}
    assert (form.grade, form.moderated_grade) == (GOOD, OUTSTANDING)
    assert form.moderator_comments == [
        "I agree with the auditor's findings; the evidence on file supports the judgement."]


def test_a_workbooks_marked_option_its_titled_summary_of_grades_and_its_moderation_block():
    rows = [
        ["Step Up / Step Down Audit Tool"],
        [],
        ["Early Help ref", None, "EH/51339"],
        ["Lead worker", None, "Leanne Ogden"],
        ["Date QA completed", None, "22/10/2026"],
        ["Type of transfer", None, "Step up", None, "Step down", "x"],
        [],
        ["Summary of grades"],
        ["The decision to step up or step down", None, "Requires improvement"],
        ["Information shared at transfer", None, "Outstanding"],
        [],
        ["Overall grade", None, "Good"],
        [],
        ["Early Help Service Manager moderation"],
        ["Moderated by", None, "Mark Ellison"],
        ["Date", None, "29/10/2026"],
        ["Comments", None, "Agree with the areas for development."],
    ]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.form == "step_up_down_audit" and form.extra["direction"] == "Step down"
    assert form.section_grades == {"The decision to step up or step down": REQUIRES_IMPROVEMENT,
                                   "Information shared at transfer": OUTSTANDING}
    assert (form.date.isoformat(), form.extra.get("moderation_date")) == ("2026-10-22", "2026-10-29")


def test_a_workbooks_numbered_lists_with_the_numbers_in_a_column_of_their_own():
    rows = [
        ["Case ref", "C3501559"],
        ["Auditor", "Sarah Hollins"],
        ["Date of audit", "28/10/2026"],
        ["Overall judgement", "Good"],
        [],
        ["What is working well?"],
        ["1.", "The assessment is analytical and was written with the family."],
        ["2.", "The child's wishes and feelings are clearly recorded."],
        ["3.", "Case records are written in respectful, jargon-free language."],
        [],
        ["What needs to be better?"],
        ["1.", "The chronology has not been updated since the last strategy meeting."],
        ["2.", "Some recording uses professional jargon."],
    ]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.strengths == ["The assessment is analytical and was written with the family.",
                              "The child's wishes and feelings are clearly recorded.",
                              "Case records are written in respectful, jargon-free language."]
    assert form.development_areas == ["The chronology has not been updated since the last strategy meeting.",
                                      "Some recording uses professional jargon."]


def test_a_panels_agreed_rating_closing_each_questions_box_grades_that_question():
    builder = DocxForm("Joint Case Audit – Practice Review Record")
    builder.table([["Case reference", "4205766"], ["Review led by", "Jane Smith"],
                   ["Review meeting held on", "19/10/2026"]])
    builder.paragraph("2. What the review found", bold=True)
    builder.table([["Q1. How well is the child seen, heard and understood by everyone involved?"],
                   ["Risks identified by partners have not been assessed or acted upon."],
                   ["Agreed rating: inadequate"]])
    builder.table([["Q2. How well do agencies share what they know, and in good time?"],
                   ["Management oversight is present but does not give clear direction."],
                   ["Agreed rating: RI"]])
    builder.paragraph("Overall rating: Requires improvement")
    form = parse(builder)
    assert form.section_grades == {
        "Q1. How well is the child seen, heard and understood by everyone involved?": INADEQUATE,
        "Q2. How well do agencies share what they know, and in good time?": REQUIRES_IMPROVEMENT}
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, None)


def test_a_questions_rating_in_brackets_at_the_end_of_its_line():
    builder = DocxForm("Early Help Practice Review")
    builder.paragraph("EHM number: EH/51544")
    builder.paragraph("Q1  Is the child's voice heard in the Early Help Plan?   [Rating: OUTSTANDING]")
    builder.paragraph("Direct work, the child's own words.")
    builder.paragraph("Q2  Is the Early Help Plan SMART and owned by the family?   [Rating: RI]")
    builder.paragraph("Overall rating: Good")
    form = parse(builder)
    assert form.section_grades == {"Q1 Is the child's voice heard in the Early Help Plan?": OUTSTANDING,
                                   "Q2 Is the Early Help Plan SMART and owned by the family?": REQUIRES_IMPROVEMENT}


def test_a_moderation_table_under_its_title_and_guidance_dates_the_moderation_not_the_audit():
    builder = DocxForm("Early Help Practice Review")
    builder.table([["Case reference", "Panel date"], ["4205766", "22/10/2026"]])
    builder.paragraph("Overall rating: Good")
    builder.paragraph("7. Chair / Head of Service moderation", bold=True)
    builder.paragraph("The chair or a Head of Service reads the record, adds comments in a different colour and "
                      "confirms or changes the overall rating.")
    builder.table([["Moderated by", "Mark Ellison"], ["Date", "28/10/2026"], ["Moderated rating", "Req. Imp."]])
    form = parse(builder)
    assert form.date.isoformat() == "2026-10-22" and form.extra.get("moderation_date") == "2026-10-28"
    assert (form.grade, form.moderated_grade) == (GOOD, REQUIRES_IMPROVEMENT)


def test_a_moderation_box_saying_the_case_was_not_moderated_and_why_is_no_moderation():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("Head of Service moderation", bold=True)
    builder.table([["Moderated by", ""], ["Date", ""], ["Moderated grade", ""],
                   ["Comments", "Not moderated – not in this quarter's moderation sample."]])
    form = parse(builder)
    assert form.moderator_comments == [] and form.moderated_grade is None


def test_an_empty_moderators_name_does_not_take_the_next_rows_label():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("Head of Service moderation", bold=True)
    builder.table([["Moderated by", ""], ["Comments", "I agree with the grade; the plan is clear."]])
    form = parse(builder)
    assert "moderator" not in form.extra
    assert form.moderator_comments == ["I agree with the grade; the plan is clear."]


def test_several_dates_under_a_label_of_dates_are_the_sessions_not_the_audits_date():
    builder = DocxForm("Social Work Supervision Audit Tool")
    builder.table([["Name of Auditor:", "Claire Whitworth", "Name of Supervisor:", "Joanne Fletcher"],
                   ["Name of Supervisee:", "Tom Hargreaves", "Date of Audit:", "22 Oct 2026"],
                   ["Period of supervision reviewed:", "July to October 2026",
                    "Dates of sessions reviewed:", "27 Jul 2026, 24 Aug 2026, 24 Sep 2026"]])
    builder.paragraph("Overall quality of supervision: Good")
    form = parse(builder)
    assert form.form == "supervision_audit" and form.date.isoformat() == "2026-10-22"
    assert form.extra["session_dates"] == ["2026-07-27", "2026-08-24", "2026-09-24"]


def test_a_date_given_for_the_reflective_discussion_says_it_was_held():
    for label in ("Date of AI", "Reflective discussion held"):
        builder = DocxForm("Observation of Practice")
        builder.table([["Worker observed", "Megan Pryce"], ["Observer", "Julie Barlow"],
                       ["Date of observation", "26/10/2026"], [label, "27/10/2026"],
                       ["Overall judgement", "Good"]])
        form = parse(builder)
        assert form.extra["reflective_discussion"] is True, label
        assert form.date.isoformat() == "2026-10-26"


def test_a_part_titled_with_a_short_answers_label_over_an_account_does_not_hide_the_answer():
    builder = DocxForm("Observation of Practice")
    builder.table([["Worker observed", "Megan Pryce"], ["Observed by", "Julie Barlow"],
                   ["Date of observation", "1st October 2026"], ["Activity observed", "Core group meeting"]])
    builder.paragraph("3. What was observed", bold=True)
    builder.paragraph("The practitioner brought the child's own words to the meeting and read them out.")
    builder.paragraph("When the discussion drifted the practitioner brought it back to the plan.")
    builder.paragraph("Overall judgement: Good")
    form = parse(builder)
    assert form.extra["setting"] == "Core group meeting"


def test_a_moderated_letter_grade_typed_in_colour_after_the_auditors_in_a_bold_cell():
    builder = DocxForm("Multi-Agency Case File Audit")
    builder.table([["Child ID", "1234567"], ["Auditor", "Sam Lateman"], ["Date of audit", "14/10/2026"]])
    builder.paragraph("Key: O = Outstanding, G = Good, RI = Requires improvement, In = Inadequate")
    table = builder.table([["Overall multi-agency judgement", ""]])
    cell = table.cell(0, 1).paragraphs[0]
    add_run(cell, "G", bold=True)
    add_run(cell, "  Moderated: RI", colour="C00000", bold=True)
    form = parse(builder)
    assert (form.grade, form.moderated_grade, form.final_grade) == (GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT)


def test_a_moderation_title_with_words_after_a_dash_heads_the_moderation_table():
    builder = DocxForm("Direct Observation of Practice – Home Visit")
    builder.table([["Practitioner observed", "Megan Pryce", "Observer", "Julie Barlow"],
                   ["Date of visit", "21 Oct 2026", "Setting", "Home visit"]])
    builder.paragraph("Overall quality of the visit observed: Good")
    builder.paragraph("Head of Service – read and authorised", bold=True)
    builder.table([["Comments", "Read. Please make sure the follow-up is recorded in supervision."],
                   ["Name", "Susan Pemberton"], ["Date", "28/10/2026"]])
    form = parse(builder)
    assert form.date.isoformat() == "2026-10-21"
    assert (form.extra.get("moderator"), form.extra.get("moderation_date")) == ("Susan Pemberton", "2026-10-28")
    assert form.moderator_comments == ["Read. Please make sure the follow-up is recorded in supervision."]


def test_a_workbooks_overall_row_filled_in_under_the_grids_grade_columns():
    import io

    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill
    rows = [["Case number", None, "3412245"], ["Auditor", None, "Jane Smith"], ["Date of audit", None, "26/10/2026"],
            [], ["Area of practice", "1", "2", "3", "4", "Evidence"],
            ["Voice of the child", None, None, None, None, "Not seen alone."],
            ["Assessments and plans", None, None, None, None, "Out of date."],
            [], ["Overall grade"]]
    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Grading": rows})))
    sheet = workbook["Grading"]
    sheet["A4"] = "Grade 1 = Outstanding   Grade 2 = Good   Grade 3 = Requires improvement   Grade 4 = Inadequate"
    for cell in ("C6", "D7", "E9"):
        sheet[cell].fill = PatternFill("solid", fgColor="FFC000")
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.section_grades == {"Voice of the child": GOOD, "Assessments and plans": REQUIRES_IMPROVEMENT}
    assert form.grade == INADEQUATE


def test_each_areas_good_practice_box_adds_to_the_strengths_and_a_recommendation_the_plan_repeats_is_one_action():
    builder = DocxForm("Multi-Agency Case Audit")
    builder.table([["Case reference", "5312570"], ["Lead auditor", "Sarah Hollins"],
                   ["Date of audit meeting", "20/10/2026"]])
    areas = (("1. Information sharing", "The assessment is analytical.", "Update the chronology and genogram."),
             ("2. Planning and intervention", "Supervision gives clear direction.", ""),
             ("3. Voice of the child", "The child's wishes are recorded.", ""))
    for title, good, recommendation in areas:
        builder.paragraph(title, bold=True)
        builder.table([["Findings", "Partners share information promptly."], ["Good practice", good],
                       ["Recommendations", recommendation], ["Judgement", "Good"]])
    builder.paragraph("Overall multi-agency judgement: Good")
    builder.paragraph("Partnership action plan", bold=True)
    builder.table([["No.", "Action", "Lead", "By when"],
                   ["1", "Update the chronology and genogram.", "Martin Crowther", "18/12/2026"]])
    form = parse(builder)
    assert form.strengths == ["The assessment is analytical.", "Supervision gives clear direction.",
                              "The child's wishes are recorded."]
    assert [(action.action, action.due.isoformat()) for action in form.actions] == [
        ("Update the chronology and genogram.", "2026-12-18")]


def test_an_eha_quality_review_with_its_unique_reference_number():
    builder = DocxForm("EHA Quality Review")
    builder.table([["Unique reference number", "EH/32905"], ["Lead professional", "Amy Stott"],
                   ["Completed by", "Colin Heap"], ["Date QA completed", "07/10/2026"],
                   ["Overall grade", "Good"]])
    form = parse(builder)
    assert (form.form, form.case_id) == ("early_help_audit", "EH/32905")


def test_the_heads_of_service_mark_in_a_grade_column_of_the_overall_row_is_the_moderated_grade():
    for auditor, head in (("✓", "HoS ✓"), ("X", "HoS ✓")):
        builder = DocxForm("Early Help Assessment and Plan – Quality Assurance Audit")
        builder.table([["Early Help ref", "EH/76496"], ["QA completed by", "Colin Heap"], ["Date of QA", "29/10/2026"]])
        table = builder.table([["", "Outstanding", "Good", "Requires improvement", "Inadequate"],
                               ["Overall judgement on the quality of Early Help practice", "", "", "", ""]])
        add_run(table.cell(1, 3).paragraphs[0], auditor, bold=True)
        add_run(table.cell(1, 3).paragraphs[0], f" {head}", bold=True, colour="0070C0")
        builder.paragraph("Moderation by the Head of Early Help", bold=True)
        builder.table([["Moderator", "Mark Ellison"], ["Comments", "A thorough audit; I agree the judgement."]])
        form = parse(builder)
        assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT)


def test_a_thematic_audits_review_team_and_its_table_of_cases_give_no_team():
    builder = DocxForm("Deep Dive Audit: Thematic Review")
    builder.table([["Audit theme", "Children missing from home"], ["Lead auditor", "Nasreen Akhtar (HoS)"],
                   ["Review team", "Andrew Booth (Team Manager), Nicola Wragg (Team Manager)"],
                   ["Date of audit day", "01/10/2026"], ["Sample size", "3"]])
    builder.paragraph("The children's cases", bold=True)
    builder.table([["Child", "Initials", "Age", "Team", "RAG"],
                   ["Child A", "T.H.", "10", "Safeguarding Unit", "Amber"],
                   ["Child B", "D.B.", "3", "Safeguarding Unit", "Green"],
                   ["Child C", "P.K.", "11", "Safeguarding Unit", "Green"]])
    builder.paragraph("What the family say", bold=True)
    builder.paragraph("Carers told us plans were changed at meetings without anyone explaining why.")
    builder.paragraph("Overall judgement: Requires improvement")
    form = parse(builder)
    assert form.form == "thematic_audit" and form.team is None
    assert form.extra["family_voice"] == "Carers told us plans were changed at meetings without anyone explaining why."


def test_a_moderated_grade_typed_in_bold_colour_under_the_auditors_in_the_grade_cell():
    builder = DocxForm("Full Case Audit")
    builder.table([["Ref", "8747477", "Auditor (TM)", "Sarah Hollins", "Audit date", "26/10/2026"]])
    table = builder.table([["Domain", "Auditor's evidence", "Grade"],
                           ["Planning", "Partners contribute to the plan.", "Good"],
                           ["Overall grade", "The overall grade reflects the child's experience.", "Req. improvement"]])
    moderated = table.cell(2, 2).add_paragraph()
    add_run(moderated, "HoS: Good", colour="00B050", bold=True)
    form = parse(builder)
    assert (form.grade, form.moderated_grade, form.final_grade) == (REQUIRES_IMPROVEMENT, GOOD, GOOD)


def test_an_overall_judgement_written_as_a_sentence_about_the_quality_of_practice_for_the_child():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("7. Overall judgement", bold=True)
    builder.paragraph("Overall, I judge the quality of practice for Lacey to be Req. improvement.")
    form = parse(builder)
    assert form.grade == REQUIRES_IMPROVEMENT
    assert "Lacey" not in json.dumps(form.to_json())


def test_a_title_naming_its_kind_with_words_between_decides_over_a_plan_named_in_the_details():
    builder = DocxForm("Early Help Practice Quality Audit")
    builder.table([["Case ref", "EH-586371"], ["Current plan", "Early Help – Team Around the Family"],
                   ["Auditor", "Colin Heap"], ["Date of audit", "26/10/2026"], ["Overall judgement", "Good"]])
    form = parse(builder)
    assert form.form == "early_help_audit"


def test_the_grade_ticked_among_boxes_after_a_prompt_on_the_labels_line():
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Overall judgement – quality and impact of practice:  ☐ Outstanding   ☐ Good   "
                      "☐ Requires improvement   ☒ Inadequate")
    builder.paragraph("Has the family given consent? Yes ☒   No ☐ – given on 29th September 2026")
    form = parse(builder)
    assert form.grade == INADEQUATE


def test_a_long_question_about_a_risk_to_the_child_now_is_the_urgent_concern_question():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"],
                   ["Is anything on the record a risk to the child now that needs escalating to a manager today?",
                    "Yes ☒    No ☐"],
                   ["If yes: who was told, when, and what was agreed",
                    "Missing from home three times this month; raised with the Head of Service."]])
    assert parse(builder).urgent_concern is True


def test_is_the_child_safe_today_answered_yes_raises_no_concern():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"], ["Is the child safe today?", "Yes"]])
    assert parse(builder).urgent_concern is False


def test_the_forms_own_name_is_no_label_and_development_actions_are_actions():
    builder = DocxForm("Directly Observed Practice – Evaluation Record")
    builder.paragraph("Name of social worker: Aisha Begum\tObserved by: Andrew Booth")
    builder.paragraph("Practice observed: Family time session\tDate observed: 06/10/2026")
    builder.paragraph("Overall grade for the observed practice: Good")
    builder.paragraph("Development actions", bold=True)
    builder.paragraph("1. Shadow an experienced colleague's direct work session. – Social worker – by 03/11/2026")
    form = parse(builder)
    assert form.extra["setting"] == "Family time session"
    assert [action.due.isoformat() for action in form.actions] == ["2026-11-03"] and form.development_areas == []


def test_a_label_naming_both_team_and_service_gives_the_one_its_value_is():
    for value, team, service in (("Safeguarding and Quality Assurance", None, "Safeguarding and Quality Assurance"),
                                 ("Assessment Team 2", "Assessment Team 2", None)):
        builder = DocxForm("Single Agency Audit – Summary Return")
        builder.table([["Service / team audited", value], ["Audit topic", "Child criminal exploitation"],
                       ["Audit completed by", "Nasreen Akhtar"], ["Audit meeting held on", "30/10/2026"],
                       ["Case references", "C1234567, C2345678"], ["Overall grade", "Good"]])
        form = parse(builder)
        assert (form.team, form.service) == (team, service)


def test_the_voice_of_children_young_people_and_families_is_the_familys_voice():
    builder = DocxForm("Single Agency Audit – Summary Return")
    builder.table([["Audit topic", "Child criminal exploitation"], ["Audit completed by", "Nasreen Akhtar"],
                   ["Audit meeting held on", "30/10/2026"], ["Case references", "C1234567, C2345678"]])
    builder.paragraph("5. Voice of children, young people and families", bold=True)
    builder.table([["A young person said meetings about her felt like being told off."]])
    builder.paragraph("Overall grade: Good")
    form = parse(builder)
    assert form.extra["family_voice"] == "A young person said meetings about her felt like being told off."


def test_a_briefings_sentences_about_its_audit_give_the_lead_service_cases_and_date():
    builder = DocxForm("Thematic Audit – 7-Minute Briefing")
    builder.paragraph("Quality of management oversight", bold=True)
    table = builder.table([["1. Background", "2. What we did"]])
    table.cell(0, 0).add_paragraph("Theme: Quality of management oversight")
    table.cell(0, 1).add_paragraph("Nasreen Akhtar (Head of Service) led the audit for the Safeguarding and Quality "
                                   "Assurance service.")
    table.cell(0, 1).add_paragraph("We read 6 children's records on Wednesday 28th October 2026, then talked to "
                                   "the practitioners and managers involved.")
    builder.paragraph("Overall grade: Good")
    form = parse(builder)
    assert form.form == "thematic_audit"
    assert (form.auditor, form.service, form.date.isoformat()) == (
        "Nasreen Akhtar", "Safeguarding and Quality Assurance", "2026-10-28")
    assert form.extra["cases_sampled"] == 6


def test_an_urgent_concern_marked_yes_in_the_row_beneath_beside_what_happened():
    builder = DocxForm("Multi-Agency Case File Audit")
    builder.table([["Case reference", "LCS-6639273"], ["Child", "Poppy Lindley"], ["Overall grade", "Good"]])
    builder.table([["Immediate concerns referred back to an agency?", "Yes", "No"],
                   ["Poppy has been missing from home three times this month. Raised with the Head of Service.",
                    "✔", ""]])
    form = parse(builder)
    assert form.urgent_concern is True
    assert form.urgent_concern_detail == ("The child has been missing from home three times this month. "
                                          "Raised with the Head of Service.")


def test_a_step_up_to_social_care_needed_today_is_an_urgent_concern():
    builder = DocxForm("TAF Review Audit")
    builder.paragraph("EHM number: EH/51339")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("Does anything in this audit need a step-up discussion with Children's Social Care today? "
                      "Yes – the GP has not been contacted about missed appointments.")
    assert parse(builder).urgent_concern is True


def test_a_moderated_score_typed_in_colour_after_the_auditors_is_read_by_the_key():
    builder = DocxForm()
    builder.paragraph("Key: 1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate")
    builder.table([["Child ID", "1234567"], ["Auditor", "Sam Lateman"], ["Date of audit", "14/10/2026"]])
    table = builder.table([["Overall grade (1–4)", "3"]])
    add_run(table.cell(0, 1).add_paragraph(), "Moderated grade: 2", colour="00B050")
    form = parse(builder)
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, GOOD)


def test_a_moderated_grade_after_the_auditors_in_the_colour_of_the_forms_headings():
    builder = DocxForm()
    builder.paragraph("1. Assessment", colour="C00000", bold=True)
    builder.paragraph("Child ID: 1234567")
    line = builder.paragraph()
    add_run(line, "Overall grade: Good")
    add_run(line, "   Moderated: Outstanding", colour="C00000")
    form = parse(builder)
    assert (form.grade, form.moderated_grade) == (GOOD, OUTSTANDING)


def test_a_moderated_overall_rating_is_the_moderated_grade():
    rows = [["Case number", "3412245"], ["Auditor", "Jane Smith"], ["Date of audit", "26/10/2026"],
            ["Overall rating", "Requires improvement"], [], ["Moderated by", "Mark Ellison"],
            ["Moderated overall rating", "Inadequate"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, INADEQUATE)


def test_a_question_whether_the_child_may_not_be_safe_today_answered_yes_is_a_concern():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"],
                   ["Is there anything on the record that means the child may not be safe today?", "YES"]])
    assert parse(builder).urgent_concern is True


def test_the_practice_i_saw_described_as_requiring_improvement():
    builder = DocxForm("Practice Week Observation")
    builder.table([["Whose practice was observed?", "Megan Pryce"], ["Who observed?", "Julie Barlow"],
                   ["Date", "14/10/2026"]])
    builder.paragraph("How good was the practice I saw?", bold=True)
    builder.paragraph("Overall I would describe the practice I saw as requiring improvement to be good.")
    assert parse(builder).grade == REQUIRES_IMPROVEMENT


def test_an_overall_row_in_an_areas_grid_whose_grade_cell_is_filled_in_a_colour_of_the_key():
    import io

    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill
    rows = [["Case number", "3412245"], ["Auditor", "Jane Smith"], ["Date of audit", "26/10/2026"], [],
            ["Key", "Outstanding", "Good", "Requires improvement", "Inadequate"], [],
            ["Area", "Evidence", "Grade"],
            ["Assessment", "Timely and analytical.", "Good"],
            ["Planning", "No timescales.", "Requires improvement"],
            ["Overall judgement", "Taking all areas into account, what is the child's experience of our help?"]]
    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Audit": rows})))
    sheet = workbook["Audit"]
    for cell, colour in (("B5", "00B050"), ("C5", "92D050"), ("D5", "FFC000"), ("E5", "FF0000"), ("C10", "FFC000")):
        sheet[cell].fill = PatternFill("solid", fgColor=colour)
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.section_grades == {"Assessment": GOOD, "Planning": REQUIRES_IMPROVEMENT}
    assert form.grade == REQUIRES_IMPROVEMENT


def test_the_lead_auditor_marked_in_the_table_of_agencies_taking_part_is_the_auditor():
    builder = DocxForm("Multi-Agency Case Audit")
    builder.table([["Case reference", "NSCP/5434405"], ["Date of audit meeting", "07/10/2026"]])
    builder.paragraph("Agencies taking part", bold=True)
    builder.table([["Agency", "Auditor", "Role"],
                   ["Children's Social Care", "Sarah Hollins", "Safeguarding Practice Manager – lead auditor"],
                   ["Housing", "Marion Fenwick", "Tenancy Support Officer"],
                   ["Police", "Fiona Thwaite", "Detective Sergeant"]])
    builder.paragraph("Overall multi-agency judgement: Good")
    form = parse(builder)
    assert form.auditor == "Sarah Hollins"
    assert form.extra["agencies"] == ["Children's Social Care", "Housing", "Police"]


def test_the_date_a_review_team_met_written_in_a_sentence():
    for written, day in (("26/10/2026", "2026-10-26"), ("Tuesday 13 October 2026", "2026-10-13")):
        builder = DocxForm("Deep Dive Audit")
        builder.table([["Theme", "Voice of the child in plans"], ["Lead auditor", "Claire Whitworth"],
                       ["Number of cases sampled", "7"]])
        builder.paragraph("How we did the audit", bold=True)
        builder.paragraph(f"The review team met on {written} and read the records of 7 children.")
        builder.paragraph("Overall judgement: Good")
        assert parse(builder).date.isoformat() == day


def test_scores_on_a_scale_of_the_tools_own_are_no_grades_of_its_areas():
    builder = DocxForm("Observation of Practice")
    builder.table([["Worker observed", "Megan Pryce"], ["Observed by", "Julie Barlow"],
                   ["Date of observation", "01/10/2026"]])
    builder.paragraph("Score each element 1 to 5: 1 = not seen, 3 = seen some of the time, 5 = seen throughout.")
    builder.table([["Element", "What the observer saw", "Score"],
                   ["Evocation", "Asked open questions.", "4"],
                   ["Collaboration", "Evident at the start.", "3"]])
    builder.paragraph("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
    builder.table([["Overall quality of the observed practice (1–4)", "2"]])
    form = parse(builder)
    assert form.section_grades == {} and form.grade == GOOD


def test_an_observations_better_box_a_reflection_not_yet_held_and_no_learning_actions():
    builder = DocxForm("Practice Week Observation")
    builder.table([["Whose practice was observed?", "Megan Pryce"], ["Who observed?", "Julie Barlow"],
                   ["Date", "14/10/2026"], ["Overall judgement", "Good"]])
    builder.table([["What went well?", "Warm, respectful communication with the family."],
                   ["What would make it better", "Summarise the agreed actions at the end of the visit."]])
    builder.paragraph("Reflective conversation held with the worker? Not yet – worker on leave the following week.")
    builder.paragraph("Learning and next steps", bold=True)
    builder.paragraph("No further learning actions agreed.")
    form = parse(builder)
    assert form.development_areas == ["Summarise the agreed actions at the end of the visit."]
    assert form.extra["reflective_discussion"] is False
    assert form.actions == []


def test_a_filled_overall_grade_cell_keeps_the_moderators_grade_in_its_own_column():
    import io

    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill
    rows = [["Case number", "3412245"], ["Auditor", "Jane Smith"], ["Date of audit", "26/10/2026"], [],
            ["Key", "Outstanding", "Good", "Requires improvement", "Inadequate"], [],
            ["Area", "Evidence", "Grade", "Moderator (HoS)"],
            ["Assessment", "Timely and analytical.", "Good"],
            ["Planning", "No timescales.", "Requires improvement"],
            ["Overall audit grade", "Taking all areas into account, what is the child's experience?", None,
             "Agree – requires improvement"]]
    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Audit": rows})))
    sheet = workbook["Audit"]
    for cell, colour in (("B5", "00B050"), ("C5", "92D050"), ("D5", "FFC000"), ("E5", "FF0000"), ("C10", "FFC000")):
        sheet[cell].fill = PatternFill("solid", fgColor=colour)
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT)


def _card(builder: DocxForm, title: str, prompt: str, findings: str, grade_line: str) -> None:
    """A practice theme in a box of its own: its numbered title, prompt,
    findings and grade, one under another in one cell."""
    cell = builder.document.add_table(rows=1, cols=1).cell(0, 0)
    add_run(cell.paragraphs[0], title, bold=True)
    for line in (prompt, f"Findings: {findings}", grade_line):
        add_run(cell.add_paragraph(), line)


def test_practice_themes_each_in_a_box_of_its_own_give_their_grades():
    builder = DocxForm("Case Review Form")
    builder.table([["Child ID", "1234567"], ["Social worker", "Megan Pryce"], ["Reviewer", "Julie Barlow"],
                   ["Date", "14/10/2026"]])
    builder.paragraph("3. Practice themes", bold=True)
    _card(builder, "1. Working alongside the family", "Were the family part of the decisions made with them?",
          "The plan was written with the family.", "Practice on this theme is good.")
    _card(builder, "2. Language that respects people", "Is the record written as we would want to read it?",
          "Some jargon.", "Practice on this theme requires improvement.")
    _card(builder, "3. The child's lived experience", "What is a day in this child's life like?",
          "Not described.", "I would judge this theme as inadequate.")
    _card(builder, "4. Leadership and oversight", "Is there clear management direction?",
          "Regular supervision.", "Rating for this theme (delete as appropriate): Outstanding")
    builder.paragraph("4. Overall judgement", bold=True)
    builder.table([["Overall grade", "Requires improvement"]])
    form = parse(builder)
    assert form.section_grades == {"1. Working alongside the family": GOOD,
                                   "2. Language that respects people": REQUIRES_IMPROVEMENT,
                                   "3. The child's lived experience": INADEQUATE,
                                   "4. Leadership and oversight": OUTSTANDING}
    assert form.grade == REQUIRES_IMPROVEMENT


def _stacked_row(table, row: int, *pairs: tuple[str, str]) -> None:
    """Cells holding a label in bold over its value in plain text."""
    for column, (label, value) in enumerate(pairs):
        cell = table.cell(row, column)
        add_run(cell.paragraphs[0], label, bold=True)
        add_run(cell.add_paragraph(), value)


def test_a_label_in_bold_over_its_value_in_one_cell_is_that_field():
    builder = DocxForm("Case Review Form")
    table = builder.document.add_table(rows=4, cols=2)
    _stacked_row(table, 0, ("Child ID (CRN)", "MOS-8412260"), ("Social worker", "Stuart Lomax"))
    _stacked_row(table, 1, ("Service", "Children in Care"), ("Reviewer", "Helen Marsden"))
    _stacked_row(table, 2, ("Review completed", "12th of October 2026"), ("Period reviewed", "Last 12 months"))
    _stacked_row(table, 3, ("Overall grade", "Good"), ("Team", "Children in Care Team"))
    form = parse(builder)
    assert (form.case_id, form.practitioner, form.auditor) == ("MOS-8412260", "Stuart Lomax", "Helen Marsden")
    assert (form.service, form.team, form.date.isoformat(), form.grade) == (
        "Children in Care", "Children in Care Team", "2026-10-12", GOOD)


def _review_with_actions(*lines: str, table: list[list[str]] | None = None):
    builder = DocxForm("Case Review Form")
    builder.table([["Child ID", "1234567"], ["Social worker", "Megan Pryce"], ["Reviewer", "Julie Barlow"],
                   ["Date", "14/10/2026"]])
    builder.paragraph("4. Overall judgement", bold=True)
    builder.table([["Overall judgement on the child's experience and progress (delete as appropriate): Req. Imp."]])
    builder.paragraph("7. Actions to improve the child's experience", bold=True)
    for line in lines:
        builder.paragraph(line)
    if table:
        builder.table(table)
    builder.paragraph("8. Escalation", bold=True)
    builder.paragraph("Escalation: did the review find anything that needs action today to keep the child safe?")
    builder.paragraph("Yes \u2013 missing from home three times this month. Raised with the Head of Service.")
    builder.paragraph("9. Head of Service moderation", bold=True)
    builder.paragraph("For the Head of Service to complete.")
    return parse(builder)


def test_a_review_s_actions_its_escalation_question_and_an_unfilled_moderation():
    form = _review_with_actions(
        "1. Complete direct work before the next review. \u2013 Practice manager \u2013 by 27th of October 2026",
        "2. Discuss the audit findings in supervision. \u2013 Megan Pryce \u2013 by 23rd of November 2026")
    assert [(action.action, action.owner, action.due.isoformat()) for action in form.actions] == [
        ("Complete direct work before the next review.", "Practice manager", "2026-10-27"),
        ("Discuss the audit findings in supervision.", "Megan Pryce", "2026-11-23")]
    assert form.grade == REQUIRES_IMPROVEMENT
    assert form.urgent_concern is True
    assert form.moderator_comments == [] and form.moderated_grade is None


def test_an_action_plan_of_what_who_and_when_and_a_none_sentence():
    form = _review_with_actions(table=[["What", "Who", "When"],
                                       ["Hold a family network meeting.", "Social worker", "28/10/2026"]])
    assert [(action.action, action.owner) for action in form.actions] == [
        ("Hold a family network meeting.", "Social worker")]
    form = _review_with_actions("None. The review found nothing that the plan is not already addressing.")
    assert form.actions == []


def _struck_options(cell, chosen: str) -> None:
    """The four grades printed in a cell, the chosen one in bold and the
    others struck through."""
    paragraph = cell.paragraphs[0]
    for position, grade in enumerate(("Outstanding", "Good", "Requires improvement", "Inadequate")):
        if position:
            add_run(paragraph, " / ")
        run = add_run(paragraph, grade, bold=grade == chosen)
        run.font.strike = grade != chosen


def _joint_agency_audit(title: str = "JOINT AGENCY CASE AUDIT") -> DocxForm:
    builder = DocxForm(None)
    builder.paragraph(title, bold=True)
    builder.paragraph("1. The child and the case", bold=True)
    builder.paragraph("CSC ref.:CSC/8721574")
    builder.paragraph("SW team:Family Safeguarding Team 2")
    builder.paragraph("2. The audit meeting", bold=True)
    builder.table([["Date of audit meeting", "2 October 2026"], ["Chaired by", "Jane Smith"]])
    builder.paragraph("Agencies taking part (tick all that apply)")
    builder.table([["Children's Social Care", "\u2610", "Police", "\u2612"],
                   ["Health visiting", "\u2612", "School", "\u2610"]])
    builder.paragraph("3. Key lines of enquiry", bold=True)
    builder.paragraph("Judgements: Outstanding / Good / Requires improvement / Inadequate")
    return builder


def test_a_joint_agency_audit_read_by_its_lines_of_enquiry():
    builder = _joint_agency_audit()
    table = builder.table([["Line of enquiry", "What the records and the discussion showed", "Panel judgement"],
                           ["1. Sharing information across agencies", "Shared promptly.", None],
                           ["2. Planning and reviewing together", "One plan.", None]])
    _struck_options(table.cell(1, 2), "Good")
    _struck_options(table.cell(2, 2), "Inadequate")
    builder.paragraph("KLOE 3 \u2013 The difference made for the child", bold=True)
    builder.paragraph("What has changed for the child because the agencies worked together?")
    table = builder.table([["What we found", "Little has changed."], ["Judgement", None]])
    _struck_options(table.cell(1, 1), "Requires improvement")
    builder.paragraph("5. Overall judgement", bold=True)
    cell = builder.document.add_table(rows=1, cols=1).cell(0, 0)
    add_run(cell.paragraphs[0], "Overall multi-agency judgement", bold=True)
    add_run(cell.add_paragraph(), "Req. improvement")
    builder.paragraph("Head of Service quality assurance", bold=True)
    builder.table([["QA completed by", "Claire Whitworth"], ["Date of QA", "19th of October 2026"],
                   ["Judgement following QA", "Good"], ["Comments", "The plan is progressing."]])
    form = parse(builder)
    assert form.form == "multi_agency_audit"
    assert (form.case_id, form.team, form.auditor) == ("CSC/8721574", "Family Safeguarding Team 2", "Jane Smith")
    assert form.extra["agencies"] == ["Police", "Health visiting"]
    assert form.section_grades == {"1. Sharing information across agencies": GOOD,
                                   "2. Planning and reviewing together": INADEQUATE,
                                   "KLOE 3 \u2013 The difference made for the child": REQUIRES_IMPROVEMENT}
    assert (form.grade, form.moderated_grade, form.final_grade) == (REQUIRES_IMPROVEMENT, GOOD, GOOD)


def test_a_moderation_part_not_filled_because_the_case_was_not_selected():
    builder = _joint_agency_audit()
    builder.table([["Line of enquiry", "Findings", "Panel judgement"], ["1. Sharing information", "Prompt.", "Good"]])
    builder.paragraph("5. Overall judgement", bold=True)
    builder.table([["Overall multi-agency judgement", "Good"]])
    builder.paragraph("Head of Service quality assurance", bold=True)
    builder.table([["QA completed by", None], ["Judgement following QA", None],
                   ["Comments", "Not selected for Head of Service QA this quarter."]])
    form = parse(builder)
    assert form.grade == GOOD and form.moderator_comments == [] and form.moderated_grade is None
    assert not any("moderat" in warning.casefold() for warning in form.warnings)


def test_a_themed_audit_across_agencies_stays_a_themed_audit():
    from bot.forms.detect import detect_kind
    from bot.forms.docx_reader import read_docx

    builder = DocxForm(None)
    builder.paragraph("Multi-agency Themed Audit", bold=True)
    assert detect_kind(read_docx(builder.bytes()), definitions()).kind.name == "thematic_audit"


def test_a_workbook_s_areas_each_a_block_with_the_grades_not_chosen_struck_out():
    import io

    from openpyxl import load_workbook
    from openpyxl.styles import Font
    options = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    rows = [["Practice Quality Audit"], [],
            ["Child's name", "Keeley Fairclough", "Mosaic ID", "MOS-1773357"],
            ["Allocated social worker", "Hannah Lewis", "Auditing manager", "Jane Smith"],
            ["Date of audit", "13/10/2026"], [],
            ["1. Working with the family"], ["Were the parents part of the decisions made about them?"],
            ["What did you find?", "The plan was written with them."], ["Grade for this area", *options], [],
            ["2. Hearing the child"], ["Has the child been seen and heard?"],
            ["What did you find?", "Seen alone."], ["Grade for this area", *options], [],
            ["Overall grade", *options], [],
            ["Strengths"], ["\u2022", "Visits are purposeful."], ["\u2022", "The plan is clear."], [],
            ["Was feedback sought from the child / parents about our involvement?", "Yes"], [],
            ["ACTIONS ARISING FROM THE AUDIT"],
            ["1.", "Hold a family network meeting. \u2013 Jane Smith \u2013 by 26.11.26"]]
    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Audit": rows})))
    sheet = workbook["Audit"]
    for row, chosen in ((10, "Good"), (15, "Inadequate"), (17, "Requires improvement")):
        for column, grade in enumerate(options, 2):
            sheet.cell(row, column).font = Font(strike=grade != chosen)
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.section_grades == {"1. Working with the family": GOOD, "2. Hearing the child": INADEQUATE}
    assert form.grade == REQUIRES_IMPROVEMENT
    assert (form.case_id, form.auditor) == ("MOS-1773357", "Jane Smith")
    assert form.strengths == ["Visits are purposeful.", "The plan is clear."]
    assert form.extra["feedback_sought"] is True
    assert [(action.owner, action.due.isoformat()) for action in form.actions] == [("Jane Smith", "2026-11-26")]


def test_an_area_s_prompt_printed_under_its_name_in_the_same_cell_is_not_its_name():
    rows = [["Case ref", "C8537181"], ["Auditor", "Jane Smith"], ["Date of audit", "29/10/2026"],
            ["Overall grade", "Good"], [],
            ["No.", "Practice area", "Evidence from the record", "Judgement"],
            [1, "Hearing the child\nHas the child been seen and heard?", "Seen alone.", "Good"],
            [2, "Assessment and plan\n(who does what by when)", "Clear.", "Outstanding"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.section_grades == {"Hearing the child": GOOD, "Assessment and plan": OUTSTANDING}


def test_a_workbook_of_label_and_value_lines_under_a_council_s_name():
    rows = [["Northmoor Council \u2013 Children's Services"], ["Case File Audit \u2013 Lived Experience of the Child"], [],
            ["CHILD AND CASE INFORMATION"], ["Child ID: C7742869"], ["Other children in household: None known"],
            ["Social worker: Hannah Lewis"], ["Team: Assessment Team 2"], ["Audited by: Jane Smith \u2013 Team Manager"],
            ["Date completed: 23/10/2026"], [],
            ["Key:", None, None, "O \u2013 Outstanding", "G \u2013 Good", "RI \u2013 Requires improvement",
             "I \u2013 Inadequate"], [],
            ["No.", "Practice area", "Auditor's evidence", "Grade"],
            [1, "The child's lived experience and voice\nDo we know what a day in this child's life is like? "
                "Wishes and feelings in their own words.", "Seen alone.", "G"],
            [2, "Chronology and recording\nThe chronology is current and the record is written so the child could "
                "read it.", "Behind.", "RI"], [],
            ["Auditor's overall judgement", None, None, "requires improvement"], [],
            ["Has this audit identified any immediate safeguarding concern that must be escalated to the Team "
             "Manager and Head of Service today?", None, None, "Yes"], [],
            ["MODERATION"], ["Head of Service: type in your own colour."]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert (form.case_id, form.practitioner, form.team, form.auditor, form.service) == (
        "C7742869", "Hannah Lewis", "Assessment Team 2", "Jane Smith", None)
    assert form.section_grades == {"The child's lived experience and voice": GOOD,
                                   "Chronology and recording": REQUIRES_IMPROVEMENT}
    assert form.grade == REQUIRES_IMPROVEMENT and form.urgent_concern is True
    assert form.moderator_comments == []


def test_a_numbered_area_named_as_a_question_keeps_its_name_over_its_prompt():
    options = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    rows = [["Case ref", "C8537181"], ["Auditor", "Jane Smith"], ["Date of audit", "29/10/2026"],
            ["Overall grade", "Good"], [],
            ["7. Impact: is the child's life better?"], ["What has changed for the child because we are involved?"],
            ["Evidence", "Little has changed."], ["Rating", *options], [],
            ["Head of Service moderation"], ["Head of Service: type in your own colour."],
            ["Comments", "Not selected for moderation"]]
    import io

    from openpyxl import load_workbook
    from openpyxl.styles import Font
    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Audit": rows})))
    for column, grade in enumerate(options, 2):
        workbook["Audit"].cell(9, column).font = Font(strike=grade != "Inadequate")
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.section_grades == {"7. Impact: is the child's life better?": INADEQUATE}
    assert form.moderator_comments == []


def test_a_family_hub_audit_with_lettered_areas_scored_on_its_key():
    builder = DocxForm(None)
    builder.paragraph("Family Hub Audit Tool: Early Help", bold=True)
    builder.table([["EH reference", "EH-204518"], ["Lead practitioner", "Farah Malik"],
                   ["Auditor", "Lynne Cartwright (Family Hub Manager)"], ["Date of audit", "15.10.26"]])
    builder.paragraph("Part B \u2013 Grading key", bold=True)
    builder.table([["1 = Inadequate", "2 = Requires improvement", "3 = Good", "4 = Outstanding"]])
    for title, prompt, score in (
            ("C5. Lead practitioner support and management oversight", "Has the lead practitioner had supervision?", "3"),
            ("C6. Outcomes and next steps (close, step down or step up)", "What difference has the help made?", "2")):
        builder.paragraph(title, bold=True)
        builder.paragraph(prompt)
        builder.table([["Evidence", "Some drift."], ["Score", score]])
    builder.paragraph("Part D \u2013 The family's voice", bold=True)
    builder.paragraph("Were the child and family asked for their views of the help for this audit?  Yes")
    builder.paragraph("Part E \u2013 Overall grade", bold=True)
    builder.table([["Overall score (see key)", "3"]])
    builder.paragraph("Part G \u2013 Actions for the lead practitioner and hub manager", bold=True)
    builder.paragraph("1. Update the chronology. \u2013 Farah Malik \u2013 by 09.11.26")
    builder.paragraph("Part H \u2013 Safeguarding", bold=True)
    builder.table([["Does anything in this audit suggest a child in this family may be at risk of significant harm "
                    "now and needs to be referred to the Integrated Front Door today?", "Yes"]])
    form = parse(builder)
    assert form.form == "early_help_audit"
    assert (form.practitioner, form.auditor) == ("Farah Malik", "Lynne Cartwright")
    assert form.section_grades == {"C5. Lead practitioner support and management oversight": GOOD,
                                   "C6. Outcomes and next steps (close, step down or step up)": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD
    assert form.extra["feedback_sought"] is True
    assert [(action.action, action.owner) for action in form.actions] == [("Update the chronology.", "Farah Malik")]
    assert form.urgent_concern is True


def test_an_early_help_workbook_scored_on_a_key_printed_down_a_column():
    rows = [["Quality Assurance Audit: Early Help Assessment and Plan"], [],
            ["Family ID (EHM)", "8558758", "Lead practitioner", "Amy Stott"],
            ["Audited by", "Colin Heap"],
            ["Auditor's role", "Date audited"], ["Early Help Manager", "22/10/2026"], [],
            ["Score each standard using the key:"],
            ["4 = Outstanding \u2013 practice is exceptional; the family's life has clearly changed"],
            ["3 = Good \u2013 the standard is met; help is making a difference"],
            ["2 = Requires improvement to be good \u2013 the standard is partly met"],
            ["1 = Inadequate \u2013 the standard is not met"], [],
            ["Standard 1: Consent and working with the family"],
            ["Auditor's findings", "Consent recorded."], ["Rating", 2], [],
            ["Overall rating of the Early Help assessment and plan", 3], [],
            ["Does anything found in this audit mean the family should be stepped up to children's social care now?",
             "Yes"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.form == "early_help_audit"
    assert form.date.isoformat() == "2026-10-22" and form.auditor == "Colin Heap"
    assert form.section_grades == {"Standard 1: Consent and working with the family": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD and form.urgent_concern is True


def test_a_supervision_audit_with_its_sessions_children_and_quality_assurance():
    builder = DocxForm("Practice Standards Audit: Supervision")
    builder.table([["Supervisee", "Supervising manager", "Team", "Service"],
                   ["Imran Sadiq, Social Worker", "Nicola Wragg, Practice Manager", "Care Leavers Team",
                    "Children in Care"],
                   ["Audited by", "Date of audit", "Period of supervision reviewed", None],
                   ["David Okonjo (Head of Service)", "13 October 2026", "July to October 2026", None]])
    builder.paragraph("2. Supervision sessions read", bold=True)
    builder.table([["Session", "Date held", "Within 4 weeks of the last?", "Agenda agreed?"],
                   ["1", "19 July 2026", "N", "Y"], ["2", "16 August 2026", "Y", "Y"],
                   ["3", "15 September 2026", "Y", "Y"]])
    builder.paragraph("3. The supervision standards", bold=True)
    builder.paragraph("Standard 1: Supervision is reflective", bold=True)
    builder.paragraph("The record shows the worker's own thinking, not only a list of tasks.")
    builder.table([["Good balance of support and challenge is evident."]])
    builder.paragraph("Grade: Good")
    builder.paragraph("4. Case discussions sampled", bold=True)
    builder.table([["Child", "Discussed in session", "Decision and reasons on the child's record?"],
                   ["Callum Holroyd", "15 September 2026", "No"], ["Kenzie Nowak", "19 July 2026", "Yes"]])
    builder.paragraph("5. Overall judgement", bold=True)
    builder.table([["Overall judgement on the quality of supervision", "Good"]])
    builder.paragraph("8. Children's safety", bold=True)
    builder.table([["Did reading the records raise a worry about a child that needs escalating today?", "Yes"]])
    builder.paragraph("9. Quality assurance \u2013 Head of Service", bold=True)
    builder.table([["Head of Service", "Claire Whitworth"], ["Judgement following quality assurance", "Req. improvement"],
                   ["Comments", "Having read the records myself I have reached a different judgement."]])
    form = parse(builder)
    assert form.form == "supervision_audit"
    assert form.extra["session_dates"] == ["2026-07-19", "2026-08-16", "2026-09-15"]
    assert form.section_grades == {"Standard 1: Supervision is reflective": GOOD}
    assert form.service == "Children in Care" and "Discussed" not in json.dumps(form.to_json())
    assert (form.grade, form.moderated_grade, form.final_grade) == (GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT)
    assert form.urgent_concern is True


def test_a_partnership_workbook_s_typed_boxes_learning_columns_and_action_sentences():
    rows = [["MULTI-AGENCY LINE OF SIGHT AUDIT"], [],
            ["Case reference", "CS-5136541", None, None, "Audit lead", "Joanne Fletcher"],
            ["Date of audit", "19/10/2026", None, None, "Overall grade", "Good"], [],
            ["Key:"],
            ["Requires improvement \u2013 no child is left at risk, but joint working is not yet good"],
            ["Inadequate \u2013 gaps between agencies leave the child without the help needed"], [],
            ["7. Learning"],
            ["What worked well", None, None, None, "What needs to develop further"],
            ["- Supervision is regular.", None, None, None, "- The plan is not SMART."],
            ["- Wishes and feelings are recorded.", None, None, None, "- The father's views are missing."],
            [None, None, None, None, "- The chronology is out of date."], [],
            ["8. Actions \u2013 who will do what, by when"],
            ["1. Seek the father's views. Lead: Joanne Fletcher. By 24th of November 2026."], [],
            ["9. Safeguarding check"],
            ["Did the audit find any child at risk of significant harm who needs referring to the Front Door today?",
             None, None, None, None, "Yes [ ]   No [X]"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.strengths == ["Supervision is regular.", "Wishes and feelings are recorded."]
    assert form.development_areas == ["The plan is not SMART.", "The father's views are missing.",
                                      "The chronology is out of date."]
    assert [(action.action, action.owner, action.due.isoformat()) for action in form.actions] == [
        ("Seek the father's views.", "Joanne Fletcher", "2026-11-24")]
    assert form.urgent_concern is False


def test_the_four_grades_one_a_cell_under_a_grade_header_with_the_others_struck_through():
    import io

    from openpyxl import load_workbook
    from openpyxl.styles import Font
    options = ["Outstanding", "Good", "Requires Improvement", "Inadequate"]
    rows = [["Case reference", "CS-5136541"], ["Audit lead", "Joanne Fletcher"], ["Date of audit", "19/10/2026"],
            ["Overall grade", "Good"], [],
            ["Line of enquiry", "What the records showed", "Grade"],
            ["1. The child's lived experience", "Seen alone.", *options],
            ["2. Sharing information", "Prompt.", *options]]
    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Audit": rows})))
    sheet = workbook["Audit"]
    sheet.merge_cells("C6:F6")
    for row, chosen in ((7, "Requires Improvement"), (8, "Good")):
        for column, grade in enumerate(options, 3):
            sheet.cell(row, column).font = Font(strike=grade != chosen)
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.section_grades == {"1. The child's lived experience": REQUIRES_IMPROVEMENT,
                                   "2. Sharing information": GOOD}


def test_agencies_marked_yes_or_no_under_an_instruction_and_a_professional_is_no_relative():
    rows = [["Line of Sight \u2013 Multi-Agency Case Audit"], [],
            ["Case reference", "MOS-3486124", None, None, "Team", "Care Leavers Team"],
            ["Audit lead", "Nicola Wragg (Practice Manager)", None, None, "Audit meeting date", "23/10/2026"],
            ["Overall grade", "Good"], [],
            ["3. Agencies and their auditors"], ["Select Yes / No for each partner."],
            ["Agency", None, "Involved?", "Auditor (role)", None, "Single-agency audit returned?"],
            ["Children's Social Care", None, "Y", "Practice Manager", None, "Yes"],
            ["Police", None, "N"], ["Health visiting", None, "N"],
            ["Housing", None, "Y", "Housing Options Team Leader", None, "Y"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.extra["agencies"] == ["Children's Social Care", "Housing"]
    assert form.team == "Care Leavers Team"


def _workbook(rows, styles=None) -> bytes:
    """A one-sheet workbook; `styles` maps a cell ("H7") to a (fill, bold) pair."""
    import io

    from openpyxl import load_workbook
    from openpyxl.styles import Font, PatternFill
    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Audit": rows})))
    sheet = workbook["Audit"]
    for coordinate, (fill, bold) in (styles or {}).items():
        if fill:
            sheet[coordinate].fill = PatternFill("solid", fgColor=fill)
        sheet[coordinate].font = Font(bold=bold)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_the_four_grades_one_a_cell_with_the_one_chosen_highlighted():
    options = ["Outstanding", "Good", "Requires Improvement", "Inadequate"]
    rows = [["Case reference", "MOS-5050028"], ["Lead auditor", "Joanne Fletcher"], ["Date of audit", "19/10/2026"],
            ["Overall grade", "Good"], [],
            ["Highlight the grade that applies."],
            ["Line of enquiry", "What the records showed", "Grade"],
            ["1. The child's lived experience", "Seen alone.", *options],
            ["2. Sharing information", "Prompt.", *options]]
    styles = {"E8": ("FFFF00", True), "D9": ("FFFF00", True)}
    form = parse_bytes(_workbook(rows, styles), "audit.xlsx", definitions())
    assert form.section_grades == {"1. The child's lived experience": REQUIRES_IMPROVEMENT,
                                   "2. Sharing information": GOOD}


def _line_of_sight(*learning: list) -> list:
    return [["MULTI-AGENCY LINE OF SIGHT AUDIT"], [],
            ["Case no.", "3138390", None, None, "CSC team", "Children with Disabilities Team"],
            ["Lead auditor", "Julie Barlow", None, None, "Date of audit", "02/10/2026"],
            ["Overall grade (multi-agency response)", "Good"], [],
            *learning, [],
            ["Section 9 \u2013 Partnership action plan"],
            ["1. Seek the father's views. Lead: Julie Barlow. By 16/11/2026."]]


def test_a_partnership_s_lists_titled_by_what_they_are_about():
    rows = _line_of_sight(["Section 7 \u2013 Strengths in joint working"],
                          ["1. The genogram identifies the wider family."],
                          ["2. Direct work is on file."], [],
                          ["Section 8 \u2013 Areas for development"],
                          ["1. Health partners did not attend the core group."])
    form = parse_bytes(_workbook(rows, {"A1": (None, True)}), "audit.xlsx", definitions())
    assert form.form == "multi_agency_audit"
    assert form.team == "Children with Disabilities Team"
    assert form.strengths == ["The genogram identifies the wider family.", "Direct work is on file."]
    assert form.development_areas == ["Health partners did not attend the core group."]
    assert [(action.action, action.owner, action.due.isoformat()) for action in form.actions] == [
        ("Seek the father's views.", "Julie Barlow", "2026-11-16")]


def test_a_part_s_title_over_two_lists_side_by_side_is_no_list_of_its_own():
    rows = _line_of_sight(["Learning from this audit"],
                          ["Good practice", None, None, None, "Learning \u2013 what needs to change"],
                          ["The chronology is up to date.", None, None, None, "Some recording uses jargon."],
                          [None, None, None, None, "The case summary needs updating."])
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.strengths == ["The chronology is up to date."]
    assert form.development_areas == ["Some recording uses jargon.", "The case summary needs updating."]


def test_a_title_in_capitals_with_its_hint_and_a_sentence_saying_no_actions():
    for sentence in ("None required. The current plan already covers what the panel found.",
                     "No multi-agency actions \u2013 the learning will go into the briefing.",
                     "No further actions were agreed by the panel."):
        rows = [["Case no.", "3138390"], ["Lead auditor", "Julie Barlow"], ["Date of audit", "02/10/2026"],
                ["Overall grade", "Good"], [],
                ["ACTIONS \u2013 WHO WILL DO WHAT, BY WHEN"], [sentence]]
        form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
        assert form.actions == [], sentence


def test_an_area_named_by_its_stage_number_is_no_list_though_its_name_says_action_plan():
    builder = DocxForm()
    builder.table([["Case reference", "EH/20451"], ["Lead practitioner", "Jo Marsh"], ["Reviewer", "Sam Lateman"],
                   ["Date of review", "12/11/2026"], ["Overall grade", "Good"]])
    for number, area, grade in ((1, "The assessment", "Good"), (2, "The action plan", "Inadequate")):
        builder.paragraph(f"Stage {number}: {area}", bold=True)
        builder.paragraph("What good looks like: outcomes are SMART and reviewed.")
        builder.paragraph(f"Judgement for this stage: {grade}")
    builder.paragraph("Actions", bold=True)
    builder.paragraph("1. Update the plan \u2013 Jo Marsh \u2013 by 30/11/2026")
    form = parse(builder)
    assert form.section_grades == {"Stage 1: The assessment": GOOD, "Stage 2: The action plan": INADEQUATE}
    assert [action.action for action in form.actions] == ["Update the plan"]


def test_a_plain_title_naming_its_kind_with_words_between_wins_over_the_sheet_s_name():
    rows = [["MULTI-AGENCY LINE OF SIGHT AUDIT"], [], ["Case no.", "3138390"], ["Lead auditor", "Julie Barlow"],
            ["Date of audit", "02/10/2026"], ["Overall grade", "Good"]]
    form = parse_bytes(xlsx_bytes({"Case audit": rows}), "audit.xlsx", definitions())
    assert form.form == "multi_agency_audit"


def _supervision_audit(*details: str) -> DocxForm:
    builder = DocxForm("Quality of Supervision Audit")
    builder.paragraph("1. About this audit", bold=True)
    for line in details:
        builder.paragraph(line)
    builder.paragraph("Part 2 \u2013 File checks", bold=True)
    builder.table([["Check", "Y / N", "Comment"], ["Supervision agreement on file and signed by both", "Y", ""],
                   ["Learning and development plan on file", "\u2713", ""]])
    builder.table([["Overall grade", "Good"]])
    builder.paragraph("Part 5 \u2013 Findings", bold=True)
    builder.table([["What's working well?", "Learning for the supervisor"],
                   ["Each case discussion ends with clear actions.", "Reflection is not always recorded."]])
    return builder


def test_a_supervision_audit_s_details_told_in_its_opening_sentences():
    form = parse(_supervision_audit(
        "This audit looks at the supervision Mohammed Iqbal (Family Safeguarding Team 1, Assessment and Child "
        "Protection service) has received from their supervisor, Paul Gregson. Audit completed by Karen Holt "
        "(Practice Manager) on 16 October 2026.",
        "Sessions looked at: 23 July 2026, 19 August 2026 and 18 September 2026"))
    assert form.ok, form.errors
    assert (form.practitioner, form.extra["supervisor"], form.auditor) == ("Mohammed Iqbal", "Paul Gregson", "Karen Holt")
    assert (form.team, form.service) == ("Family Safeguarding Team 1", "Assessment and Child Protection")
    assert form.date.isoformat() == "2026-10-16"
    assert form.extra["session_dates"] == ["2026-07-23", "2026-08-19", "2026-09-18"]


def test_a_supervision_audit_s_line_manager_its_sessions_audited_and_checks_answered_with_a_tick():
    form = parse(_supervision_audit("Name of supervisee: Imran Sadiq", "Line manager / supervisor: Nicola Wragg",
                                    "Auditor (name / role): Andrew Booth (Practice Manager)", "Date of audit: 09.10.26",
                                    "Dates of sessions audited: 17.07.26, 14.08.26 and 11.09.26"))
    assert (form.practitioner, form.extra["supervisor"]) == ("Imran Sadiq", "Nicola Wragg")
    assert form.date.isoformat() == "2026-10-09"
    assert form.extra["session_dates"] == ["2026-07-17", "2026-08-14", "2026-09-11"]
    # "Learning and development plan on file | ✓" is a check answered, not an area for development.
    assert form.strengths == ["Each case discussion ends with clear actions."]
    assert form.development_areas == ["Reflection is not always recorded."]


def test_a_family_plan_workbook_s_areas_graded_by_initials_with_their_own_boxes_and_a_summary():
    initials = ["I", "RI", "G", "O"]
    rows = [["Audit of a Team Around the Family Plan"], [],
            ["Child ID", None, "3804590"], ["Family Help worker (lead)", None, "Farah Malik"],
            ["Auditor", None, "Lynne Cartwright"], ["Date audited", None, "05/10/2026"], [],
            ["1. The child's voice"],
            ["What good looks like", None, "The plan says what a day is like for the child."],
            ["What is working well?", None, "The plan is reviewed on time."],
            ["What are we worried about"],
            ["Judgement for this area", None, None, None, *initials], [],
            ["2. The family plan"],
            ["What is working well?", None, "Decisions are explained."],
            ["Judgement for this area", None, None, None, *initials], [],
            ["Overall grade", None, None, None, *initials], [],
            ["What worked well"], ["\u2022 The chronology is up to date."], ["\u2022 Direct work is on file."], [],
            ["What needs to happen \u2013 actions"],
            ["Action", None, None, None, "Who", None, "By when"],
            ["Review the plan with the family.", None, None, None, "LP", None, "10/11/2026"]]
    # The chosen initial filled in yellow: Good for area 1 (row 12), Inadequate for area 2 (row 16), Good overall.
    styles = {"G12": ("FFFF00", True), "E16": ("FFFF00", True), "G18": ("FFFF00", True)}
    form = parse_bytes(_workbook(rows, styles), "audit.xlsx", definitions())
    assert form.practitioner == "Farah Malik"
    assert form.section_grades == {"1. The child's voice": GOOD, "2. The family plan": INADEQUATE}
    assert form.grade == GOOD
    # The boxes under each area are its evidence; the summary is the form's list.
    assert form.strengths == ["The chronology is up to date.", "Direct work is on file."]
    assert [action.action for action in form.actions] == ["Review the plan with the family."]


def test_a_step_down_marked_among_options_down_a_column_and_areas_under_a_numbered_header():
    rows = [["Step Up / Step Down Audit"], [],
            ["EH reference", None, "EH/78246"], ["Audited by", None, "Lynne Cartwright"], ["Date audited", None, "30.10.26"],
            [], ["Other children in the household"],
            ["Name", None, None, "Date of birth", "Age"], ["Kian Ramsden", None, None, "01.10.22", 4], [],
            ["THE MOVE BETWEEN SERVICES"],
            ["Direction", None, "Step up to Children's Social Care"],
            [None, None, "Step down to Early Help", None, "\u2713"],
            ["Date case moved", None, "02/09/2026"], [],
            ["No.", "Area of practice", "What is working well?", "What are we worried about?", "Rating", "HoS comments"],
            [1, "Was it the right decision?", "Clear evidence.", None,
             "\u2612 Outstanding   \u2610 Good   \u2610 RI   \u2610 Inadequate"],
            [2, "Management oversight", "Reviewed on time.", None,
             "\u2610 Outstanding   \u2612 Good   \u2610 RI   \u2610 Inadequate"], [],
            ["Overall grade", None, None, None, "\u2610 Outstanding   \u2612 Good   \u2610 RI   \u2610 Inadequate"], [],
            ["Moderation comments", None, None, "Awaiting HoS sample."]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.form == "step_up_down_audit"
    assert form.extra["direction"] == "Step down to Early Help"
    assert form.extra["transfer_date"] == "2026-09-02"
    assert form.service is None
    # "Age" beside the siblings' "Date of birth" header is no one's date of birth.
    assert form.section_grades == {"Was it the right decision?": OUTSTANDING, "Management oversight": GOOD}
    assert not form.moderated and form.moderator_comments == []


def test_a_head_of_service_s_note_between_the_rows_of_a_grade_grid_keeps_the_grid_going():
    rows = [["Child ID", "3804590"], ["Auditor", "Lynne Cartwright"], ["Date of audit", "05/10/2026"], [],
            ["No.", "Area of practice", "What is working well?", "Outstanding", "Good", "Requires improvement",
             "Inadequate"],
            [1, "The child's voice", "Seen alone.", None, "x"],
            [None, "Moderator", "Agree with the auditor."],
            [2, "The family plan", "Reviewed on time.", None, None, "x"],
            [3, "Difference made for the child", "Progress is measured.", "x"], [],
            ["Overall grade", "Good"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.section_grades == {"The child's voice": GOOD, "The family plan": REQUIRES_IMPROVEMENT,
                                   "Difference made for the child": OUTSTANDING}


def _practice_feedback(*, moderation: bool = False) -> DocxForm:
    brand, ink = "6B2C91", "7030A0"
    builder = DocxForm("Observation of Practice \u2013 Feedback to Practitioner")
    builder.table([["Observer", "Sarah Hollins", "Date of observation", "23.10.26"],
                   ["Practitioner observed", "Yasmin Patel", "Worker's pod", "Safeguarding Unit"],
                   ["What kind of session was it?", "Core group meeting", "Mosaic number", "8582190"]])
    builder.paragraph("Feedback against our practice model", colour=brand, bold=True)
    table = builder.table([["Area", "What I saw", "Grade (highlight)"],
                           ["Building the relationship", "Warm and respectful.", None],
                           ["The child's story", "The child was not spoken to.", None]])
    for row, chosen in ((1, "G"), (2, "RI")):
        paragraph = cell_paragraph(table, row, 2)
        for position, initial in enumerate(["O", "G", "RI", "I"]):
            add_run(paragraph, ("  " if position else "") + initial, highlight=initial == chosen)
    builder.table([["Overall grade", "Good"]])
    if moderation:
        builder.paragraph("HoS QA \u2013 Nasreen Akhtar, 28.10.26:", colour=ink, bold=True)
        builder.paragraph("Read; a fair and well evidenced piece of feedback.", colour=ink)
        builder.paragraph("I agree with the grade of requires improvement.", colour=ink, bold=True)
    builder.paragraph("Agreed next steps for the worker", colour=brand, bold=True)
    builder.paragraph("No actions agreed.")
    builder.paragraph("Feedback shared with the worker: Yes \u2612")
    return builder


def test_a_practice_feedback_form_s_session_pod_initials_and_an_answered_line_after_its_actions():
    form = parse(_practice_feedback())
    assert form.form == "observation"
    assert form.extra["setting"] == "Core group meeting"
    assert form.team == "Safeguarding Unit"
    assert form.section_grades == {"Building the relationship": GOOD, "The child's story": REQUIRES_IMPROVEMENT}
    assert form.actions == []


def test_a_moderator_s_signed_line_and_a_sentence_naming_the_grade_in_bold_in_a_colour_near_the_headings():
    form = parse(_practice_feedback(moderation=True))
    assert form.moderated and form.moderated_grade == REQUIRES_IMPROVEMENT
    assert "Read; a fair and well evidenced piece of feedback." in form.moderator_comments


def _themed_dip_sample(moderation: str) -> DocxForm:
    builder = DocxForm("Themed Dip Sample \u2013 Findings")
    table = builder.table([[None, None], [None, None], [None, None]])
    for row, pairs in enumerate([(("Theme of dip sample", "Children missing from home"), ("Dip sample led by", "Karen Holt")),
                                 (("Date", "09/10/2026"), ("Service area", "Assessment and Child Protection")),
                                 (("No. of cases", "8 cases"), ("Why this theme?", "Agreed at the QA meeting."))]):
        _stacked_row(table, row, *pairs)
    builder.paragraph("Sample", bold=True)
    builder.paragraph("Case references: C8626099, C3372088, C2638248")
    builder.table([["Overall grade for the sample", "Good"]])
    builder.paragraph("Actions", bold=True)
    builder.paragraph("No actions arising from this dip sample. Learning to be shared at team meetings.")
    builder.table([["Moderator's comments", moderation]])
    return builder


def test_a_dip_sample_s_theme_named_by_its_head_word_not_the_reason_for_it():
    form = parse(_themed_dip_sample("Sent to HoS"))
    assert form.form == "thematic_audit"
    assert form.extra["theme"] == "Children missing from home"
    assert form.extra["cases_sampled"] == 8
    assert (form.service, form.date.isoformat()) == ("Assessment and Child Protection", "2026-10-09")
    assert form.actions == []


def test_a_moderation_box_saying_the_form_went_to_the_head_of_service_or_awaits_sign_off_is_no_moderation():
    for said in ("Sent to HoS", "Awaiting sign-off", "Sent to the Head of Service for moderation."):
        form = parse(_themed_dip_sample(said))
        assert not form.moderated and form.moderator_comments == [], said


def test_a_dip_sample_s_scores_case_by_case_with_the_area_s_grade_across_the_sample_last():
    builder = DocxForm("Dip Sample Audit Record")
    builder.table([["Audit theme", "Step down from child protection plans"], ["Lead auditor", "Karen Holt"],
                   ["Date", "27/10/2026"], ["Sample size", "4"]])
    builder.paragraph("Key: 1 = Inadequate  2 = Requires improvement  3 = Good  4 = Outstanding")
    builder.table([["Practice area", "1", "2", "3", "4", "Sample"],
                   ["Analysis of risk and need", "4", "4", "3", "2", "Good"],
                   ["Identity and diversity", "2", "2", "3", "2", "Req. improvement"]])
    builder.paragraph("Columns 1 to 4 are the cases in the order listed above.")
    builder.table([["Overall grade for the sample", "Good"]])
    builder.paragraph("Head of Service sign-off", bold=True)
    builder.paragraph("Mark Ellison, Head of Service \u2013 08-Oct-2026: I agree the overall judgement of good. "
                      "Thank you for a thorough sample.")
    form = parse(builder)
    assert form.form == "thematic_audit"
    assert form.section_grades == {"Analysis of risk and need": GOOD, "Identity and diversity": REQUIRES_IMPROVEMENT}
    assert form.moderated_grade == GOOD


def test_a_head_of_service_agreeing_with_the_overall_judgement_moderates_it_to_the_same_grade():
    # (Read as an overview's "Agree?" cell is: a tick agrees, "Not agreed" does not.)
    for answer, moderated in (("Yes", GOOD), ("No", None), ("\u2713", GOOD), ("Not agreed", None),
                              ("Grade confirmed", GOOD)):
        builder = DocxForm()
        builder.table([["Child ID", "1234567"], ["Auditor", "Karen Holt"], ["Date of audit", "27/10/2026"],
                       ["Overall grade", "Good"]])
        builder.paragraph("Head of Service sign-off", bold=True)
        builder.table([["Signed off by", "Claire Whitworth"], ["Do you agree with the overall judgement?", answer],
                       ["HoS judgement", ""]])
        form = parse(builder)
        assert form.moderated_grade == moderated, answer
        assert form.final_grade == GOOD


def test_a_form_whose_title_names_no_kind_but_whose_questions_ask_who_observed_is_an_observation():
    builder = DocxForm("Team Around the Relationship \u2013 Practice Feedback")
    builder.table([["Whose practice was observed?", "Stuart Lomax"], ["Who observed?", "Andrew Booth"],
                   ["When?", "26/10/2026"], ["What kind of session was it?", "Family time session"],
                   ["Child's record no.", "6469298"]])
    builder.paragraph("What the family told us", bold=True)
    builder.paragraph("Tomasz said the meeting was fair.")
    builder.table([["Overall grade", "Outstanding"]])
    form = parse(builder)
    assert form.form == "observation"
    assert (form.practitioner, form.auditor, form.extra["setting"]) == ("Stuart Lomax", "Andrew Booth",
                                                                        "Family time session")


def test_areas_titled_above_a_grid_of_initials_with_a_mark_alone_and_a_key_giving_the_initials():
    builder = DocxForm("Family Hub Quality Audit")
    builder.table([["Family ID", "EH/20451"], ["Lead practitioner", "Jo Marsh"], ["Audited by", "Sam Lateman"],
                   ["Date of audit", "12/11/2026"]])
    builder.table([["1 = Outstanding (O)", "2 = Good (G)", "3 = Requires improvement (RI)", "4 = Inadequate (I)"]])
    for title, mark in (("C1. The child's lived experience", 2), ("C2. The family plan", 0)):
        builder.paragraph(title, bold=True)
        builder.paragraph("Is it clear what a day in the child's life is like?")
        row = [None, None, None, None]
        row[mark] = "X"
        builder.table([["Seen alone at each visit."], ["O", "G", "RI", "I"], row])
    builder.table([["Overall score (1\u20134, see key)", "2"]])
    form = parse(builder)
    assert form.section_grades == {"C1. The child's lived experience": REQUIRES_IMPROVEMENT,
                                   "C2. The family plan": OUTSTANDING}
    assert form.grade == GOOD


def test_an_observers_sentence_with_the_team_in_brackets_and_the_date_after_it_and_a_sign_off_read_and_agreed():
    builder = DocxForm("Observation of Practice")
    builder.paragraph("I, Jane Smith, observed Daniel Price (Assessment Team 2) on 28th Oct 2026.")
    builder.paragraph("Mosaic ID: CS-5187736")
    builder.table([["Overall, the practice I saw was", "Good"]])
    builder.paragraph("Sign-off", bold=True)
    builder.table([["Observer", "Jane Smith", "Date", ""], ["Practitioner", "Read and agreed", "Date", ""]])
    form = parse(builder)
    assert (form.auditor, form.practitioner, form.team, form.date) == ("Jane Smith", "Daniel Price",
                                                                       "Assessment Team 2", date(2026, 10, 28))
    # A role in the brackets is no team.
    builder = DocxForm("Observation of Practice")
    builder.paragraph("I, Jane Smith (Practice Manager), observed Daniel Price (Senior Social Worker) on 28.10.26.")
    builder.table([["Case ID", "C1234567"], ["Overall grade", "Good"]])
    form = parse(builder)
    assert (form.auditor, form.practitioner, form.team, form.date) == ("Jane Smith", "Daniel Price", None,
                                                                       date(2026, 10, 28))


def test_a_phrase_in_a_persons_box_is_no_name():
    builder = DocxForm("Observation of Practice")
    builder.table([["Case ID", "C1234567"], ["Observer", "Jane Smith"], ["Overall grade", "Good"]])
    builder.table([["Practitioner", "Read and agreed", "Date", "30/10/2026"]])
    form = parse(builder)
    assert form.practitioner is None
    assert any("practitioner" in error for error in form.errors)
    builder = DocxForm("Observation of Practice")
    builder.table([["Case ID", "C1234567"], ["Observer", "Jane Smith"], ["Practitioner", "Ben Rigby – social worker"],
                   ["Overall grade", "Good"]])
    assert parse(builder).practitioner == "Ben Rigby"


def test_the_setting_ticked_in_a_grid_of_options_practice_to_build_on_and_a_reflective_discussion_held():
    builder = DocxForm("Observation of Practice")
    builder.table([["Case ID", "C1234567"], ["Observer", "Jane Smith"], ["Practitioner", "Daniel Price"]])
    builder.paragraph("What was observed? (tick)")
    builder.table([["Home visit", "", "Child protection conference", "\u2713"],
                   ["Core group meeting", "", "Family time session", ""]])
    builder.table([["Overall grade", "Good"]])
    builder.table([["Practice to build on", "Areas for development"],
                   ["Clear about the worries.\nWarm with the family.", "Spend time with the child alone."]])
    builder.table([["Was a reflective discussion held with the practitioner after the observation?",
                    "Yes \u2013 held on 31st Oct 2026"]])
    form = parse(builder)
    assert form.extra["setting"] == "Child protection conference"
    assert form.strengths == ["Clear about the worries.", "Warm with the family."]
    assert form.development_areas == ["Spend time with the child alone."]
    assert form.extra["reflective_discussion"] is True
    # Two options ticked where one is asked for: no setting is guessed.
    builder = DocxForm("Observation of Practice")
    builder.table([["Case ID", "C1234567"], ["Observer", "Jane Smith"], ["Practitioner", "Daniel Price"]])
    builder.paragraph("What was observed? (tick)")
    builder.table([["Home visit", "\u2713", "Child protection conference", "\u2713"]])
    builder.table([["Overall grade", "Good"]])
    assert "setting" not in parse(builder).extra


def test_the_overall_row_closing_the_areas_with_its_grade_typed_or_highlighted_among_the_four():
    def form(overall):
        builder = DocxForm("Early Help Case Quality Review")
        builder.table([["Child ID", "6670003"], ["Reviewed by", "Mark Ellison"]])
        builder.paragraph("2. MAKING A JUDGEMENT", bold=True)
        builder.paragraph("Judge each area against what good looks like for a family receiving Early Help, "
                          "then give an overall judgement.")
        builder.paragraph("Highlight the judgement that applies.")
        table = builder.table([["Area and prompts", "What the review found", "Judgement"],
                               ["The family plan and its review", "The plan is reviewed on time.", "Good"],
                               ["OVERALL JUDGEMENT", "Taking the areas together.", None]])
        paragraph = cell_paragraph(table, 2, 2)
        if overall is None:
            for grade in ("Outstanding", "Good", "Requires improvement", "Inadequate"):
                add_run(paragraph, grade, highlight=grade == "Inadequate")
                if grade != "Inadequate":
                    paragraph = table.cell(2, 2).add_paragraph()
        else:
            add_run(paragraph, overall)
        return parse(builder)

    assert form("GOOD").grade == GOOD
    highlighted = form(None)
    assert highlighted.grade == INADEQUATE
    assert highlighted.section_grades == {"The family plan and its review": GOOD}


def test_guidance_under_a_parts_title_is_no_grade_however_it_speaks_of_good_practice():
    builder = DocxForm("Early Help Case Quality Review")
    builder.table([["Child ID", "6670003"], ["Reviewed by", "Mark Ellison"]])
    builder.paragraph("2. MAKING A JUDGEMENT", bold=True)
    builder.paragraph("Judge each area against what good looks like for a family receiving Early Help, "
                      "then give an overall judgement.")
    builder.paragraph("3. AREAS OF PRACTICE", bold=True)
    builder.table([["Area", "What the review found", "Judgement"],
                   ["The family plan and its review", "The plan is reviewed on time.", "Good"]])
    form = parse(builder)
    assert form.grade is None
    assert any("overall grade" in error for error in form.errors)


def test_a_number_on_the_forms_scale_with_its_grade_in_brackets_in_a_sentence():
    builder = DocxForm("Early Help Case Quality Review")
    builder.table([["Child ID", "6670003"], ["Reviewed by", "Mark Ellison"]])
    builder.paragraph("Key: 1 = Inadequate   2 = Requires improvement   3 = Good   4 = Outstanding")
    builder.table([["Overall quality of the Early Help work:\nTaking all the areas together I would give this "
                    "family's Early Help a 2 (Requires improvement)."]])
    assert parse(builder).grade == REQUIRES_IMPROVEMENT


def test_boxes_lined_up_with_spaces_an_empty_box_before_another_and_actions_agreed_with_someone():
    builder = DocxForm("Early Help Case Quality Review")
    builder.paragraph("Child ID: 6670003")
    builder.paragraph("Team:")
    builder.paragraph("Stage of the work:\tFamily plan in place")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("Actions agreed with the lead practitioner:")
    builder.paragraph("1. Update the chronology and genogram. (Amy Stott, by 16/11/2026)")
    builder.paragraph("Reviewer: Mark Ellison     Date: 19/10/2026")
    form = parse(builder)
    assert (form.auditor, form.date, form.team) == ("Mark Ellison", date(2026, 10, 19), None)
    assert len(form.actions) == 1
    assert form.actions[0].action.startswith("Update the chronology and genogram.")
    assert form.actions[0].due == date(2026, 11, 16)


def test_a_question_answered_yes_or_no_asks_whether_the_familys_views_were_sought():
    for question, answer in (("Family feedback sought on the help received?", "No \u2013 not yet asked."),
                             ("Were the family's views of the service asked for at the last review?", "Yes"),
                             ("Did you ask the child and family about the help they are getting?", "Yes.")):
        builder = DocxForm("Early Help Case Quality Review")
        builder.table([["Child ID", "6670003"], ["Reviewed by", "Mark Ellison"], ["Overall grade", "Good"]])
        builder.paragraph(f"{question}  {answer}")
        form = parse(builder)
        assert form.extra.get("feedback_sought") is answer.startswith("Yes"), question
        assert "family_voice" not in form.extra


def test_a_form_of_an_early_intervention_service_is_an_early_help_audit():
    builder = DocxForm("Early Intervention: Case Quality Review")
    builder.table([["EH ref.", "EH/60967"], ["Lead professional", "Ryan Birtwistle"], ["Reviewing manager", "Colin Heap"]])
    # (An area a conversation audit also asks about.)
    builder.paragraph("Difference made")
    builder.table([["Area", "What the review found", "Judgement"],
                   ["Difference made", "Life is better for the child.", "Good"]])
    builder.table([["Overall grade", "Good"]])
    assert parse(builder).form == "early_help_audit"


def test_a_header_naming_what_good_looks_like_still_heads_the_areas():
    builder = DocxForm("Practice Audit Tool")
    builder.table([["CSC reference", "CSC/9767551"], ["Name of auditor", "Julie Barlow"]])
    builder.table([["No.", "Area of practice", "What good looks like", "Evidence", "Rating"],
                   ["1.", "Planning and review", "A SMART plan the family understand.", "Reviewed on time.", "Good"]])
    builder.table([["Overall grade for this case", "Good"]])
    assert parse(builder).section_grades == {"Planning and review": GOOD}


def test_a_case_audits_details_told_in_two_sentences():
    def form(second: str):
        builder = DocxForm("Case Audit Record")
        builder.paragraph("Audit of the case record of Kayden Tattersall (DOB 28 September 2023), Child ID 5229554, "
                          f"completed by Sarah Hollins (Safeguarding Practice Manager) on 28.10.26. {second}")
        builder.paragraph("Strengths", bold=True)
        builder.paragraph("Kayden's views are recorded in his own words.")
        builder.paragraph("Overall grade: Good")
        return parse(builder)

    told = form("The allocated social worker is James Whittaker in Family Safeguarding Team 2.")
    assert (told.case_id, told.auditor, told.date, told.practitioner, told.team) == (
        "5229554", "Sarah Hollins", date(2026, 10, 28), "James Whittaker", "Family Safeguarding Team 2")
    assert told.strengths == ["The child's views are recorded in his own words."]
    in_brackets = form("The allocated social worker is Zoe Platt (Children in Care).")
    assert (in_brackets.practitioner, in_brackets.team, in_brackets.service) == ("Zoe Platt", None, "Children in Care")
    listed = form("The allocated social worker is Hannah Lewis, Assessment Team 2 (Assessment and Child Protection).")
    assert (listed.team, listed.service) == ("Assessment Team 2", "Assessment and Child Protection")


def test_a_yes_is_nobodys_name_and_who_and_by_when_under_each_numbered_action():
    builder = DocxForm("Case Audit Record")
    builder.table([["Child ID", "5229554"], ["Auditor", "Sarah Hollins"], ["Overall grade", "Good"]])
    builder.paragraph("Audit discussed with the social worker: Yes")
    builder.paragraph("Part E \u2013 Actions arising", bold=True)
    builder.paragraph("1. Seek the father's views and add them to the assessment.")
    builder.paragraph("    Who: Karen Holt    By: 17 November 2026")
    builder.paragraph("2. Update the chronology and genogram.")
    builder.paragraph("    Who: Practice manager    By: 21 December 2026")
    form = parse(builder)
    assert form.practitioner is None
    assert [(action.action, action.owner, action.due) for action in form.actions] == [
        ("Seek the father's views and add them to the assessment.", "Karen Holt", date(2026, 11, 17)),
        ("Update the chronology and genogram.", "Practice manager", date(2026, 12, 21))]


def test_a_moderation_part_saying_it_is_for_the_head_of_service_only_is_not_moderated_and_views_sought():
    builder = DocxForm("Case Audit Record")
    builder.table([["Child ID", "5229554"], ["Auditor", "Sarah Hollins"], ["Date of audit", "28/10/2026"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Part E \u2013 Child and family feedback", bold=True)
    builder.paragraph("Have the child and family been contacted for their views as part of this audit?")
    builder.paragraph("Yes. The young person completed the feedback form with their worker.")
    builder.paragraph("Part H \u2013 Head of Service moderation", bold=True)
    builder.paragraph("For Head of Service use only.")
    form = parse(builder)
    assert form.moderated is False and not form.warnings
    assert form.extra["feedback_sought"] is True


def test_a_move_between_early_help_and_social_care_its_areas_in_a_column_of_boxes_and_a_worry_to_act_on_today():
    builder = DocxForm("Audit of a move between Early Help and Social Care")
    builder.paragraph("Early Help ref.: EHM555974")
    builder.paragraph("Type of move: \u2610 Step up to Children's Social Care    \u2612 Step down to Early Help")
    builder.table([["Date stepped up / down", "30.08.26"]])
    builder.paragraph("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
    for title, grade in (("3.1 The decision to move the family", "Area judgement: 2"),
                         ("3.2 What was handed over", "Grade: 3")):
        table = builder.table([[None], [None]])
        add_run(cell_paragraph(table, 0, 0), title, bold=True)
        box = table.cell(1, 0)
        box.paragraphs[0].text = "Was it the right decision?"
        box.add_paragraph("Decisions are explained on file.")
        box.add_paragraph(grade)
    builder.paragraph("Overall grade: 2")
    builder.paragraph("Safety check: did the audit find anything that must be acted on today to keep a child safe?")
    builder.paragraph("Yes \u2013 police notifications have not been risk assessed. Discussed with the Head of Service.")
    form = parse(builder)
    assert form.form == "step_up_down_audit"
    assert (form.extra["direction"], form.extra["transfer_date"]) == ("Step down to Early Help", "2026-08-30")
    assert form.section_grades == {"3.1 The decision to move the family": GOOD,
                                   "3.2 What was handed over": REQUIRES_IMPROVEMENT}
    assert form.urgent_concern is True


def test_an_overviews_cases_agreed_struck_through_or_written_on_lines_and_who_moderated_is_its_author():
    builder = DocxForm(heading="Monthly Audit Moderation Summary")
    builder.paragraph("Moderated by: Nasreen Akhtar (Head of Service)")
    builder.paragraph("Month of audits moderated: October 2026")
    builder.paragraph("Moderation completed on: 09/11/2026")
    builder.paragraph("No. of cases moderated: 6")
    builder.paragraph("Key: 1 Outstanding | 2 Good | 3 Requires Improvement | 4 Inadequate")
    table = builder.table([["No.", "Mosaic ID", "Audited by", "Audit grade", "Agree?", "Grade after moderation"],
                           ["1", "LCS-4466469", "Nicola Wragg", "3", "Y", None],
                           ["2", "LCS-6391623", "Andrew Booth", "1", "N", None],
                           ["3", "LCS-1291520", "Nicola Wragg", "2", "\u2717", None],
                           ["4", "LCS-5550123", "Andrew Booth", "4", "Disagree", None]])
    changed = cell_paragraph(table, 3, 5)
    struck(changed, "2")
    add_run(changed, " 1", colour="00B050", bold=True)
    builder.paragraph("5. C8149854 \u2013 Megan Pryce. Audited by Sarah Hollins: 3. Moderation: agreed.")
    builder.paragraph("6. C6247160 \u2013 Zoe Platt. Audited by Sarah Hollins: 3. Moderation: not agreed \u2013 "
                      "moderated grade 2.")
    builder.paragraph("Assistant Director sign-off: Awaiting AD sign-off")
    form = parse(builder)
    assert form.form == "moderation_overview"
    assert (form.auditor, form.date, form.extra["period"], form.extra["audits_moderated"]) == (
        "Nasreen Akhtar", date(2026, 11, 9), "October 2026", "6")
    assert form.extra["moderated_cases"] == {"LCS-4466469": REQUIRES_IMPROVEMENT, "LCS-1291520": OUTSTANDING,
                                             "C8149854": REQUIRES_IMPROVEMENT, "C6247160": GOOD}
    # Not agreed and no grade of the moderator's: listed, to be asked about, never the auditor's grade.
    assert {"LCS-6391623", "LCS-5550123"} <= set(form.extra["cases_listed"])
    assert any("LCS-6391623, LCS-5550123" in warning and "reply with the grade" in warning for warning in form.warnings)
    assert form.moderated is False


def test_two_marks_on_the_scale_in_one_box_are_asked_about():
    builder = DocxForm("Case Audit")
    builder.table([["Child ID", "5229554"], ["Auditor", "Sarah Hollins"]])
    builder.paragraph("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
    builder.table([["Overall grade", "2 1"]])
    form = parse(builder)
    assert form.grade is None
    assert any("overall grade" in error for error in form.errors)


def test_an_overviews_outcome_column_saying_agreed_or_the_grade_it_changed_to():
    builder = DocxForm(heading="Head of Service Moderation Overview")
    builder.table([["Completed by", "Mark Ellison, Head of Service"], ["Audit month", "October 2026"]])
    builder.table([["No.", "Case number", "Auditor", "Audit grade", "Moderation outcome"],
                   ["1", "EH/27359", "Colin Heap", "Good", "Agreed"],
                   ["2", "2400386", "Colin Heap", "Req. Imp.", "Agreed with auditor"],
                   ["3", "EH/82912", "Lynne Cartwright", "good", "Changed to outstanding"]])
    form = parse(builder)
    assert form.extra["moderated_cases"] == {"EH/27359": GOOD, "2400386": REQUIRES_IMPROVEMENT,
                                             "EH/82912": OUTSTANDING}
    assert form.auditor == "Mark Ellison"
    assert not any("without a grade" in warning for warning in form.warnings)


def test_an_areas_judgement_ticked_in_one_cell_under_its_evidence_and_worries_as_areas_for_development():
    builder = DocxForm("Practice Quality Audit")
    builder.table([["Child ID", "C6990444"], ["Audited by", "Nicola Wragg"], ["Date completed", "5th Oct 2026"]])
    for title, chosen in (("B1  The child's lived experience and voice", 3), ("B2  Quality of assessment", 1)):
        builder.paragraph(title, bold=True)
        builder.paragraph("Is it clear what life is like for the child?")
        options = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"]
        marked = "   ".join(("\u2612 " if position == chosen else "\u2610 ") + option
                           for position, option in enumerate(options))
        builder.table([["The plan is out of date."], [f"Judgement: {marked}"]])
    builder.paragraph("C. Overall judgement", bold=True)
    builder.table([["Overall judgement of the quality of practice", "Requires improvement to be good"]])
    builder.table([["Working well", "Worries / needs to be better"],
                   ["The assessment is analytical.", "The chronology has not been updated."]])
    form = parse(builder)
    assert form.section_grades == {"B1 The child's lived experience and voice": INADEQUATE,
                                   "B2 Quality of assessment": GOOD}
    assert form.grade == REQUIRES_IMPROVEMENT and not form.errors
    assert form.development_areas == ["The chronology has not been updated."]


def test_an_observation_whose_area_titles_name_lists_its_mixed_grade_heads_and_its_signatures():
    builder = DocxForm("Observation of Direct Practice")
    builder.paragraph("What's working well? What are we worried about? What needs to happen?")
    builder.table([["Observer", "Joanne Fletcher"], ["Practitioner observed", "Tom Hargreaves"],
                   ["Child's ID", "MOS-1903006"]])
    builder.paragraph("Part 2 \u2013 What I saw", bold=True)
    builder.table([["Area observed", "Evidence", "Outstanding", "G", "RI", "Inadequate"],
                   ["Preparation and purpose of the session", "Clear about the purpose.", None, "X", None, None],
                   ["Use of practice tools", "Tools mentioned but not used.", None, None, "X", None]])
    builder.paragraph("4. Clarity about the worries and what needs to change", bold=True)
    builder.paragraph("Were the worries said plainly, without jargon?")
    builder.paragraph("Worries explained clearly and linked to the plan.")
    builder.paragraph("Judgement: Good")
    builder.paragraph("Overall grade: good")
    builder.paragraph("What went well", bold=True)
    builder.paragraph("1. Good use of the three houses tool.")
    builder.paragraph("Part 7 \u2013 Development actions", bold=True)
    builder.paragraph("None identified. Good practice to be shared at the team meeting.")
    builder.paragraph("Signed (observer): Joanne Fletcher")
    builder.paragraph("Signed (practitioner): Tom Hargreaves")
    builder.table([["Quality assured by Susan Pemberton on 03/11/2026\nRead and authorised.\n"
                    "I do not agree with the observer's judgement: Requires improvement."]])
    form = parse(builder)
    assert form.section_grades == {"Preparation and purpose of the session": GOOD,
                                   "Use of practice tools": REQUIRES_IMPROVEMENT,
                                   "4. Clarity about the worries and what needs to change": GOOD}
    assert form.strengths == ["Good use of the three houses tool."]
    assert form.actions == []


def test_a_moderator_who_does_not_agree_gives_their_own_grade():
    builder = DocxForm("Observation of Direct Practice")
    builder.table([["Observer", "Joanne Fletcher"], ["Practitioner observed", "Tom Hargreaves"],
                   ["Child's ID", "MOS-1903006"], ["Overall grade", "Requires improvement"]])
    builder.paragraph("Head of Service quality assurance", bold=True)
    table = builder.table([[None]])
    box = table.cell(0, 0)
    add_run(box.paragraphs[0], "Read and authorised. A helpful observation.", colour="7030A0")
    add_run(box.add_paragraph(), "I do not agree with the observer's judgement: Inadequate.", colour="7030A0")
    form = parse(builder)
    assert (form.moderated_grade, form.final_grade) == (INADEQUATE, INADEQUATE)


def test_a_dip_samples_counts_by_grade_with_each_areas_own_grade_in_a_column_after_them():
    builder = DocxForm("Thematic Audit \u2013 Summary of Findings")
    builder.table([["Audit theme", "Voice and lived experience of the child"], ["Lead auditor", "Angela Moorcroft"],
                   ["Number of cases sampled", "6"]])
    builder.table([["Area audited", "O (no.)", "G (no.)", "RI (no.)", "I (no.)", "Overall for area", "Summary"],
                   ["Direct work with the child", "0", "5", "1", "0", "Good", "Consistently evident."],
                   ["Planning and review", "0", "0", "4", "2", "Requires improvement to be good", "Behind."]])
    builder.table([["Overall judgement across the sample", "Requires improvement to be good"]])
    form = parse(builder)
    assert form.section_grades == {"Direct work with the child": GOOD, "Planning and review": REQUIRES_IMPROVEMENT}


def test_a_workbooks_grade_grid_with_bands_across_it_and_a_moderated_grade_in_a_sentence_of_its_own():
    import io

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Summary"
    for row in (["Thematic Audit \u2013 Summary of Findings"], [],
                ["Focus of audit", "Neglect", None, None, "Lead auditor", None, "Liam Doherty"],
                ["Sample size", "4"], [],
                ["Area of practice", "O", "G", "RI", "I", "Evidence / commentary"],
                ["How much did we do?"],
                ["Chronology and case summary", None, None, "x", None, "Inconsistent."],
                ["How well did we do it?"],
                ["Planning and review", None, "x", None, None, "A strength."],
                [], ["Overall grade", "Good"], [],
                ["Head of Service sign-off"],
                ["Having looked at two of the cases myself, oversight is weaker than the audit says. "
                 "Moderated judgement: Requires improvement."]):
        sheet.append(row)
    for row in (7, 9):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.section_grades == {"Chronology and case summary": REQUIRES_IMPROVEMENT, "Planning and review": GOOD}


def test_a_moderated_grade_given_in_a_sentence_after_the_moderators_comment():
    builder = DocxForm("Case File Audit")
    builder.table([["Child ID", "5229554"], ["Auditor", "Sarah Hollins"], ["Overall grade", "Good"],
                   ["Head of Service comments", "Having looked at the file myself, oversight is weaker than the "
                                                "audit says. Moderated judgement: Inadequate."]])
    form = parse(builder)
    assert (form.moderated_grade, form.final_grade) == (INADEQUATE, INADEQUATE)


def test_a_thematic_area_is_the_theme():
    data = xlsx_bytes({"Summary": [["Thematic Audit – Summary of Findings"], [],
                                   ["Thematic area", "Children living with domestic abuse"],
                                   ["Completed by", "Susan Pemberton"], ["Sample size", 4],
                                   ["Overall judgement across the sample", "Good"]]})
    form = parse_bytes(data, "audit.xlsx", definitions())
    assert form.extra["theme"] == "Children living with domestic abuse" and form.ok


def test_an_areas_name_in_bold_over_its_prompt_and_the_moderation_table_naming_who_moderated():
    builder = DocxForm("Supervision Audit")
    builder.table([["Practitioner (supervisee)", "Laura Bennett", "Supervisor", "Paul Gregson"],
                   ["Audited by", "Hannah Greenhalgh", "Date of audit", "20 October 2026"]])
    builder.paragraph("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
    table = builder.table([["Standard", "Evidence from the records", "Grade"],
                           [None, "One session cancelled and not rebooked.", "4"],
                           [None, "Reflection recorded for the most complex case only.", "3"]])
    for row, (name, prompt) in enumerate([("1. Frequency of supervision", "Supervision happens at least monthly, as agreed"),
                                          ("2. Reflective discussion", "Cases are mapped and hypotheses explored")], 1):
        cell = table.cell(row, 0)
        add_run(cell.paragraphs[0], name, bold=True)
        add_run(cell.add_paragraph(), prompt)
    builder.paragraph("Overall rating: 4")
    builder.paragraph("Did the audit find any child whose safety needs action now? Yes")
    builder.table([["Head of Service moderation", "Claire Whitworth"], ["Date", "30 October 2026"],
                   ["Moderated grade", None],
                   ["Comments", "The evidence supports the findings on reflection."]])
    form = parse(builder)
    assert form.section_grades == {"1. Frequency of supervision": INADEQUATE,
                                   "2. Reflective discussion": REQUIRES_IMPROVEMENT}
    assert form.urgent_concern is True
    assert form.extra["moderator"] == "Claire Whitworth"
    assert form.moderator_comments == ["The evidence supports the findings on reflection."]


def test_the_next_numbered_area_whose_words_name_a_list_and_a_moderator_changing_the_grade():
    builder = DocxForm("Supervision Audit")
    builder.table([["Supervisee", "Grace Adeyemi"], ["Auditor", "Joanne Fletcher"], ["Overall grade", "Requires improvement"]])
    for number, name, prompt, grade in [("2.4", "Wellbeing, workload and support", "Caseload and stress are discussed",
                                         "Good"),
                                        ("2.5", "Learning and professional development",
                                         "Training, appraisal targets and registration are reviewed", "Outstanding")]:
        builder.paragraph(f"{number} {name}", bold=True)
        builder.paragraph(prompt)
        builder.table([["Evidence", "Noted at every session."], ["Grade", grade]])
    builder.paragraph("Areas for development", bold=True)
    builder.paragraph("Learning and development is rarely discussed.")
    builder.paragraph("Head of Service moderation", bold=True)
    builder.paragraph("Having read the records I would change the overall grade to Good.")
    form = parse(builder)
    assert form.section_grades == {"2.4 Wellbeing, workload and support": GOOD,
                                   "2.5 Learning and professional development": OUTSTANDING}
    assert form.development_areas == ["Learning and development is rarely discussed."]
    assert (form.moderated_grade, form.final_grade) == (GOOD, GOOD)


def test_a_moderation_log_titled_after_the_audits_it_moderates_its_columns_saying_agreed_or_where_it_moved():
    sheets = {"Log": [["Northmoor Council \u2013 Children and Families Directorate"],
                      ["Case Audit Moderation \u2013 Monthly Summary"], [],
                      ["Moderator (HoS)", "Mark Ellison"], ["Month", "October 2026"], [],
                      ["O = Outstanding, G = Good, RI = Requires Improvement, I = Inadequate"],
                      ["No.", "Case number", "Audit grade", "Agree with grade? (Y/N)", "Grade after moderation"],
                      [1, "EH-486638", "RI", "Yes", None],
                      [2, "2755917", "G", "N", "RI"],
                      [3, "4585065", "G", "Yes", None]],
              "Second month": [["No.", "Child's ID", "Grade (auditor)", "Grade agreed?", "Moderation outcome"],
                               [1, "3289660", "RI", "Yes", None],
                               [2, "7479651", "G", "No", "Changed to O"],
                               [3, "9159470", "RI", "No", "Downgraded to I"],
                               [4, "3576167", "RI", "Grade confirmed", None]],
              "Lines": [["Moderation of individual audits"],
                        ["1. 5810148 \u2013 Safeguarding Unit. Audited by Sarah Hollins: G."],
                        ["      HoS moderation: agree. Audit thorough."],
                        ["2. 6327576 \u2013 Safeguarding Unit. Audited by Sarah Hollins: G."],
                        ["      Moderation \u2013 grade agreed."]],
              "Actions": [["Strengths", None, "Areas for development"],
                          ["Visits were within timescale in nearly every case.", None, "Plans were not SMART."],
                          ["Auditors' grades were well evidenced; moderation agreed with most of them."],
                          [], ["Service actions"],
                          ["1. Re-audit the changed cases in three months. Lead: QA Team. By 20/11/2026."]]}
    form = parse_bytes(xlsx_bytes(sheets), "moderation.xlsx", definitions())
    assert form.form == "moderation_overview"
    assert form.extra["moderated_cases"] == {
        "EH-486638": REQUIRES_IMPROVEMENT, "2755917": REQUIRES_IMPROVEMENT, "4585065": GOOD,
        "3289660": REQUIRES_IMPROVEMENT, "7479651": OUTSTANDING, "9159470": INADEQUATE, "3576167": REQUIRES_IMPROVEMENT,
        "5810148": GOOD, "6327576": GOOD}
    assert len(form.strengths) == 2
    assert [action.due for action in form.actions] == [date(2026, 11, 20)]


def test_an_overviews_case_on_a_line_with_its_moderation_on_the_line_under_it():
    builder = DocxForm(heading="Monthly Audit Moderation Record")
    builder.paragraph("Head of Service: Mark Ellison")
    builder.paragraph("Month: October 2026")
    builder.paragraph("O = Outstanding, G = Good, RI = Requires Improvement, I = Inadequate")
    for case, moderation in [("1. 5810148 \u2013 Safeguarding Unit. Audited by Sarah Hollins: G.",
                              "Agree with grade. Audit thorough; agree with findings."),
                             ("2. 6327576 \u2013 Safeguarding Unit. Audited by Sarah Hollins: G.",
                              "HoS moderation: disagree \u2013 O. Strong direct work under-credited."),
                             ("3. EH-129591 \u2013 Early Help Team South. Audited by Colin Heap: Requires Improvement.",
                              "Moderated grade: Good. Auditor focused on compliance.")]:
        builder.paragraph(case)
        builder.paragraph(moderation)
    builder.paragraph("Service actions", bold=True)
    builder.paragraph("No actions arising from this month's moderation.")
    form = parse(builder)
    assert form.extra["moderated_cases"] == {"5810148": GOOD, "6327576": OUTSTANDING, "EH-129591": GOOD}
    assert form.moderated_grade is None and form.actions == []


def test_a_column_of_the_grade_agreed_is_a_grade_not_whether_it_was_agreed():
    builder = DocxForm(heading="Head of Service Moderation Overview")
    builder.table([["Completed by", "Mark Ellison"], ["Audit month", "October 2026"]])
    builder.table([["Case number", "Audit grade", "Agreed grade"],
                   ["2400386", "Good", "Requires improvement"],
                   ["EH/82912", "Good", "Good"]])
    assert parse(builder).extra["moderated_cases"] == {"2400386": REQUIRES_IMPROVEMENT, "EH/82912": GOOD}


def test_an_areas_grade_marked_in_a_grid_under_grade_in_its_own_box_and_actions_numbered_with_who_and_when():
    builder = DocxForm("Case Audit Proforma")
    builder.table([["Case number", "C4695786", "Allocated SW", "Aisha Begum"],
                   ["Auditing manager", "Sarah Hollins", "Date completed", "16.10.26"]])
    builder.paragraph("Part B \u2013 What the child and family told us", bold=True)
    builder.paragraph("Were the child and/or family spoken to as part of this audit? Yes \u2013 phone call with mum")
    builder.paragraph("Tick one grade for each area: O = Outstanding, G = Good, RI = Requires improvement, I = Inadequate.")
    for title, mark in [("C1. Working with the family", 1), ("C2. The child's lived experience", 2)]:
        table = builder.table([[None], ["The plan is reviewed on time."], ["Grade"]])
        add_run(table.cell(0, 0).paragraphs[0], title, bold=True)
        grid = table.cell(2, 0).add_table(rows=2, cols=4)
        for column, initials in enumerate(("O", "G", "RI", "I")):
            grid.cell(0, column).text = initials
        grid.cell(1, mark).text = "x"
    builder.paragraph("Part D \u2013 Overall", bold=True)
    builder.table([["Overall grade", "Good"]])
    builder.paragraph("Part E \u2013 Actions (who, by when)", bold=True)
    builder.paragraph("Action 1: Update the chronology and genogram.")
    builder.paragraph("Who: Gareth Lloyd    By when: 07.12.26")
    builder.paragraph("Action 2: Discuss the audit findings in supervision.")
    builder.paragraph("Who: Julie Barlow\tBy when: 16.11.26")
    form = parse(builder)
    assert form.section_grades == {"C1. Working with the family": GOOD,
                                   "C2. The child's lived experience": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD and not form.errors
    assert [(action.owner, action.due) for action in form.actions] == [("Gareth Lloyd", date(2026, 12, 7)),
                                                                      ("Julie Barlow", date(2026, 11, 16))]
    assert form.extra["feedback_sought"] is True


def test_an_early_help_workbook_titled_in_another_order_its_areas_after_their_numbers_and_actions_under_a_hint():
    key = [["Scoring key"], [None, "1 = Outstanding"], [None, "2 = Good"], [None, "3 = Requires improvement"],
           [None, "4 = Inadequate"], []]
    sheets = {"Details": [["Northmoor Council \u2013 Children's Services"],
                          ["Quality Assurance Audit \u2013 Early Help Family Support"], [],
                          [None, "Early Help ref", "EH/93411", "Lead practitioner", "Ben Rigby"],
                          [None, "Auditor", "Lynne Cartwright", "Audit date", "5 October 2026"]],
              "Areas": [*key,
                        ["No.", "What we looked at", "Evidence", "Score", "Things to look for"],
                        [1, "Working with the family", "Views recorded but not used.", 3, "Consent recorded."],
                        [2, "The family plan", "The plan is SMART.", 2, "Outcomes for the child."]],
              "Grid": [["No.", "What we looked at", "Findings", "Outstanding", "Good", "Requires improvement", "Inadequate"],
                       [1, "Voice of the child and family", "Seen alone.", None, "\u2714", None, None],
                       [2, "Review, progress and impact", "Reviewed late.", None, None, "\u2714", None]],
              "Sign off": [["OVERALL GRADE", None, None, 3], [],
                           ["Actions \u2013 what, who, by when"],
                           ["1. Record management oversight of the decision. \u2013 Colin Heap \u2013 by 21/12/2026\n"
                            "2. Discuss the audit findings in supervision. \u2013 EH Manager \u2013 by 01/12/2026"]]}
    import io

    from openpyxl import load_workbook
    from openpyxl.styles import Font

    workbook = load_workbook(io.BytesIO(xlsx_bytes(sheets)))
    workbook["Details"]["A2"].font = Font(bold=True, size=14)  # the title, in bold as titles are
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.form == "early_help_audit"
    assert form.section_grades == {"Working with the family": REQUIRES_IMPROVEMENT, "The family plan": GOOD,
                                   "Voice of the child and family": GOOD,
                                   "Review, progress and impact": REQUIRES_IMPROVEMENT}
    assert [(action.owner, action.due) for action in form.actions] == [("Colin Heap", date(2026, 12, 21)),
                                                                      ("EH Manager", date(2026, 12, 1))]


def test_a_title_and_its_hint_over_an_actions_table_is_no_action():
    builder = DocxForm("Early Help Quality Audit")
    builder.table([["Early Help ref", "EH/93411"], ["Lead practitioner", "Ben Rigby"], ["Overall grade", "Good"]])
    builder.paragraph("Actions \u2013 what, who, by when")
    builder.table([["Action", "By whom", "By when"],
                   ["Seek the father's views and add them to the assessment.", "Kirsty Duckworth", "18/11/2026"]])
    form = parse(builder)
    assert [(action.owner, action.due) for action in form.actions] == [("Kirsty Duckworth", date(2026, 11, 18))]


def test_an_early_help_audits_areas_after_evidence_boxes_a_referral_now_and_actions_saying_who_and_when():
    builder = DocxForm("Early Help Record and Plan \u2013 Case Audit")
    builder.table([["Family ID", "Lead Professional", "Auditor", "Date audited"],
                   ["EH/00545", "Leanne Ogden", "Colin Heap", "21-Oct-2026"]])
    builder.paragraph("Tick one judgement for each area.")
    for number, title, ticked in [(1, "The child's voice and daily life", 2), (2, "Consent and the assessment", 3),
                                  (3, "Working with the family and the lead professional", 1)]:
        builder.paragraph(f"{number}. {title}", bold=True)
        builder.paragraph("\u2022 Is it recorded and used?")
        builder.table([["Auditor's evidence: the views are recorded but do not inform the plan."]])
        builder.paragraph()  # (Word keeps a paragraph between two tables)
        grid = builder.table([["Outstanding", "Good", "Requires improvement", "Inadequate"]])
        grid.cell(0, ticked).add_paragraph("\u2612")
    builder.paragraph("Overall grade: Requires improvement")
    builder.paragraph("Has the family been asked what they think of the help they are getting? No \u2013 at the next review.")
    builder.paragraph("Section D \u2013 actions", bold=True)
    builder.paragraph("Action 1: Update the chronology and genogram. Who: Ryan Birtwistle. By: Friday 11 December 2026.")
    builder.paragraph("Is there anything in this record that needs to be referred to the Front Door / MASH now?")
    builder.paragraph("Yes \u2013 discussed with the Early Help Hub today.")
    form = parse(builder)
    assert form.section_grades == {"1. The child's voice and daily life": REQUIRES_IMPROVEMENT,
                                   "2. Consent and the assessment": INADEQUATE,
                                   "3. Working with the family and the lead professional": GOOD}
    assert form.practitioner == "Leanne Ogden"
    assert form.extra["feedback_sought"] is False
    assert [(action.owner, action.due) for action in form.actions] == [("Ryan Birtwistle", date(2026, 12, 11))]
    assert form.urgent_concern is True


def test_an_overviews_month_its_cases_on_cards_and_on_lines_and_a_same_day_escalation():
    builder = DocxForm(heading="Audit Moderation \u2013 Monthly Summary for the Service")
    builder.table([["Completed by (Head of Service)", "Nasreen Akhtar"], ["Audits completed in", "October 2026"]])
    builder.paragraph("Key: O = Outstanding   G = Good   RI = Requires Improvement   I = Inadequate")
    for case, auditor, agrees, moderated in [("2063052", "G", "\u2713 \u2013 Agree. Good reflection.", "G"),
                                            ("7738812", "I", "\u2713", "I")]:
        builder.table([["Case reference", case], ["Audited by", "Julie Barlow"], ["Auditor's judgement", auditor],
                       ["Head of Service agrees?", agrees], ["Moderated judgement", moderated]])
        builder.paragraph()
    builder.paragraph("1. 8221655 \u2013 Ben Rigby. Audited by Lynne Cartwright, graded RI. Agree: \u2713. "
                      "Moderated grade: RI. Agree \u2013 well evidenced.")
    builder.paragraph("2. CS-9051534 \u2013 Emma Haslam. Audited by Sarah Hollins, graded Inadequate. "
                      "Moderated grade: Req. Imp.")
    builder.table([["Case ref", "Auditor's grade", "Moderated grade (if different)"],
                   ["C1009256", "Good", "n/a \u2013 agreed"], ["MOS-1425910", "Good", "Outstanding"]])
    builder.paragraph("Any case escalated to the team manager for same-day action? Yes \u2013 5830775: no visit for "
                      "six weeks. Raised with the team manager on the day.")
    builder.paragraph("Actions \u2013 closing the learning loop")
    builder.table([["Action", "Lead", "By when"], ["Re-audit the changed cases.", "QA team", "28.12.26"]])
    form = parse(builder)
    assert form.form == "moderation_overview" and form.extra["period"] == "October 2026"
    assert form.extra["moderated_cases"] == {"2063052": GOOD, "7738812": INADEQUATE, "8221655": REQUIRES_IMPROVEMENT,
                                             "CS-9051534": REQUIRES_IMPROVEMENT, "C1009256": GOOD,
                                             "MOS-1425910": OUTSTANDING}
    assert form.urgent_concern is True
    assert [action.owner for action in form.actions] == ["QA team"]


def test_an_overview_saying_it_has_no_actions_for_the_service_and_its_month_on_a_line():
    builder = DocxForm(heading="Monthly Audit Moderation Report")
    builder.paragraph("Head of Service: Claire Whitworth")
    builder.paragraph("Audits completed in: October 2026")
    builder.table([["Case ref", "Audit grade", "Agreed?", "Moderated grade"], ["2267922", "Good", "Y", "Good"],
                   ["1035444", "Good", "N", "Inadequate"]])
    builder.paragraph("5. Actions for the service", bold=True)
    builder.paragraph("No actions for the service arising from this month's moderation.")
    form = parse(builder)
    assert form.extra["period"] == "October 2026" and form.ok
    assert form.actions == []


def test_a_joint_audits_lines_of_enquiry_graded_by_their_number_its_agencies_once_and_each_actions_owner_and_date():
    builder = DocxForm("Multi-Agency Audit Record")
    builder.table([["LCS number", "LCS-5776239"],
                   ["Audit lead", "Andrew Booth (Practice Manager, Children's Social Care)"]])
    builder.paragraph("Part B \u2013 Agencies taking part", bold=True)
    builder.table([["Agency", "Represented by (role)"], ["Housing", "Housing Safeguarding Officer"],
                   ["Police", "Detective Sergeant"]])
    builder.paragraph("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
    builder.paragraph("KLOE 1: Child's lived experience", bold=True)
    builder.table([["Agency", "What the agency's records show"], ["Housing", "Invited but unable to attend."],
                   ["Police", "Referral made appropriately."]])
    builder.paragraph("Grade for KLOE 1", bold=True)
    builder.table([["Outstanding", "Good", "Requires improvement", "Inadequate"], [None, "x", None, None]])
    builder.paragraph("KLOE 2: Sharing information", bold=True)
    builder.table([["Agency", "What the agency's records show"], ["Housing", "Records show regular contact."],
                   ["Police", "Outcome not fed back."]])
    builder.paragraph("Panel's finding: information was shared late.")
    builder.paragraph("Grade for KLOE 2 (1\u20134): 3")
    builder.paragraph("Overall grade: Requires improvement")
    builder.paragraph("Part F \u2013 Multi-agency action plan", bold=True)
    builder.paragraph("Action 1: Complete direct work with the child before the next review.")
    builder.paragraph("Owner: Martin Crowther    By: 28.10.26")
    form = parse(builder)
    assert form.auditor == "Andrew Booth"
    assert form.extra["agencies"] == ["Housing", "Police"]
    assert form.section_grades == {"KLOE 1: Child's lived experience": GOOD,
                                   "KLOE 2: Sharing information": REQUIRES_IMPROVEMENT}
    assert [(action.owner, action.due) for action in form.actions] == [("Martin Crowther", date(2026, 10, 28))]


def test_a_step_audit_titled_in_brackets_its_areas_numbered_on_the_key_and_the_date_of_the_move():
    builder = DocxForm("Early Help Transition Audit (Step Up / Step Down)")
    builder.table([["Early Help ID", "EH/12345"], ["Lead professional", "Amy Stott"],
                   ["Date of step up / step down", "24th Sep 2026"], ["Type of move", "Step down to Early Help"]])
    builder.paragraph("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
    for title, label, grade in [("3.4  Keeping things steady for the family", "Judgement (1\u20134)", "2"),
                                ("3.5  Management sign-off", "Grade (1\u20134)", "3")]:
        table = builder.table([[None, None], ["Evidence", "The plan is reviewed on time."], [label, grade]])
        cell = table.cell(0, 0).merge(table.cell(0, 1))
        add_run(cell.paragraphs[0], title, bold=True)
        add_run(cell.add_paragraph(), "Did the family know who their worker would be?")
        builder.paragraph()
    builder.paragraph("Overall grade (1\u20134): 2")
    form = parse(builder)
    assert form.form == "step_up_down_audit"
    assert form.extra["transfer_date"] == "2026-09-24"
    assert form.section_grades == {"3.4 Keeping things steady for the family": GOOD,
                                   "3.5 Management sign-off": REQUIRES_IMPROVEMENT}
    assert (form.grade, form.moderated_grade) == (GOOD, None)


def test_a_briefing_note_on_moderation_listing_cases_is_an_overview_its_memo_header_naming_author_month_and_count():
    builder = DocxForm(heading="BRIEFING NOTE: Audit Moderation")
    builder.paragraph("To:\tEarly Help leadership team; QA team")
    builder.paragraph("From:\tMark Ellison, Head of Service")
    builder.paragraph("Date:\t9 November 2026")
    builder.paragraph("Re:\tModeration of October 2026 audits (2 audits moderated)")
    table = builder.table([["Case ref", "Auditor", "Auditor's grade", "Agree?", "Moderated grade"],
                           ["EH-116402", "Colin Heap", "Good", "\u2713", "Good"],
                           ["4915999", "Julie Barlow", None, "\u2717", None]])
    # The four grades printed shortened in each cell, the chosen one
    # highlighted; the moderator's column all in their colour.
    for column, colour in ((2, None), (4, "538135")):
        paragraph = cell_paragraph(table, 2, column)
        for option in ("Outst.", "Good", "RI", "Inad."):
            add_run(paragraph, option, colour, highlight=option == ("Good" if column == 2 else "RI"))
            add_run(paragraph, " ")
    form = parse(builder)
    assert form.form == "moderation_overview" and form.ok
    assert (form.auditor, form.service, form.date) == ("Mark Ellison", "Early Help", date(2026, 11, 9))
    assert form.extra["period"] == "October 2026" and form.extra["audits_moderated"] == "2"
    assert form.extra["moderated_cases"] == {"EH-116402": GOOD, "4915999": REQUIRES_IMPROVEMENT}
    # Its title names moderation: the overview's subject, no box of comments on it.
    assert form.moderator_comments == []


def test_an_overview_prepared_by_a_head_of_service_its_cases_confirmed_on_lines_and_the_service_response():
    builder = DocxForm(heading="Moderation Briefing Note")
    builder.paragraph("Prepared by Susan Pemberton, Head of Service, Children with Disabilities, on 7 November 2026. "
                      "I moderated 2 of the audits completed in October 2026.")
    builder.paragraph("Key: 1 = Outstanding   2 = Good   3 = Requires Improvement   4 = Inadequate")
    builder.paragraph("1. C1157509 \u2013 Children with Disabilities Team, Gareth Lloyd. Audited by Julie Barlow: 1. "
                      "Judgement confirmed.")
    builder.paragraph("2. 2746259 \u2013 Children with Disabilities Team, Megan Pryce. Audited by Julie Barlow: 2. "
                      "I agree with the judgement.")
    builder.paragraph("5. Service response", bold=True)
    builder.paragraph("1) Practice managers to review every plan for SMART actions. \u2013 Practice manager by "
                      "21 December 2026")
    form = parse(builder)
    assert form.form == "moderation_overview" and form.ok
    assert (form.auditor, form.service, form.date) == ("Susan Pemberton", "Children with Disabilities",
                                                       date(2026, 11, 7))
    assert form.extra["period"] == "October 2026" and form.extra["audits_moderated"] == "2"
    assert form.extra["moderated_cases"] == {"C1157509": OUTSTANDING, "2746259": GOOD}
    assert [(action.owner, action.due) for action in form.actions] == [("Practice manager", date(2026, 12, 21))]


def test_an_overview_signed_at_its_foot_and_saying_it_has_no_new_actions_this_month():
    builder = DocxForm(heading="Monthly Moderation Report")
    builder.table([["Month", "October 2026"]])
    builder.table([["Case ref", "Audit grade", "Agreed?", "Moderated grade"], ["8933174", "Good", "Y", "Good"],
                   ["3585937", "Good", "N", "Inadequate"]])
    builder.paragraph("5. Actions", bold=True)
    builder.paragraph("No new actions this month; last month's service response is still being delivered.")
    builder.paragraph("Nasreen Akhtar")
    builder.paragraph("Head of Service, Children in Care")
    builder.paragraph("8 November 2026")
    builder.paragraph("OFFICIAL \u2013 SENSITIVE")
    form = parse(builder)
    assert (form.auditor, form.service, form.date) == ("Nasreen Akhtar", "Children in Care", date(2026, 11, 8))
    assert form.actions == []


def test_a_case_audit_naming_its_moderation_in_a_title_is_still_one_cases_audit():
    builder = DocxForm(heading="Audit and Moderation Record")
    builder.table([["Auditor", "Julie Barlow"], ["Child ID", "1234567"], ["Overall grade", "Good"],
                   ["Sibling's child ID", "7654321"]])
    form = parse(builder)
    # Two references, but no column or lines of cases: one case's audit.
    assert form.form == "case_file_audit" and form.case_id == "1234567"


def test_a_moderation_panels_record_of_case_audits_its_panel_columns_and_its_month_and_strengths():
    builder = DocxForm(heading="Case Audit Moderation Panel")
    builder.table([["Panel chair", "Mark Ellison"], ["Audits from", "October 2026"]])
    builder.paragraph("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
    builder.table([["Case ref", "Audited by", "Audit grade (1-4)", "Panel agree?", "Panel grade (1-4)"],
                   ["LCS6275640", "Lynne Cartwright", "2", "Y", "2"],
                   ["CS-3158979", "Priya Raman", "2", "N", "3"],
                   ["EH/31227", "Colin Heap", "3", "Yes", None]])
    builder.paragraph("Strengths seen across the cases", bold=True)
    builder.paragraph("In 2 of the 3 cases audited chronologies were up to date.")
    form = parse(builder)
    # Titled as a case audit's moderation, over a column of cases: an overview.
    assert form.form == "moderation_overview" and form.ok
    assert form.extra["period"] == "October 2026"
    # The panel's grade, a second column of grades, is the moderated one;
    # where it is blank and the panel agreed, the auditor's grade stands.
    assert form.extra["moderated_cases"] == {"LCS6275640": GOOD, "CS-3158979": REQUIRES_IMPROVEMENT,
                                             "EH/31227": REQUIRES_IMPROVEMENT}
    assert form.strengths == ["In 2 of the 3 cases audited chronologies were up to date."]


def test_a_step_audits_option_left_standing_its_areas_highlighted_and_its_safety_check():
    builder = DocxForm(heading="Step Up / Step Down Audit")
    builder.table([["Early Help reference", "EHM797730"], ["Key worker", "Ryan Birtwistle"]])
    builder.paragraph("Early Help manager auditing: Lynne Cartwright")
    step = builder.paragraph("Step (delete one): ", bold=True)
    add_run(step, "Step up to Children's Social Care").font.strike = True
    add_run(step, "  /  ")
    add_run(step, "Step down to Early Help")
    builder.table([["C1. Was the step the right one?"]])
    table = builder.table([["The reason for the move is clear.", None]])
    builder.paragraph("Overall quality of the step", bold=True)
    overall = builder.table([["Overall quality of the step", None]])
    for cell, chosen in ((table.cell(0, 1), "Good"), (overall.cell(0, 1), "Requires improvement")):
        for number, option in enumerate(("Outstanding", "Good", "Requires improvement", "Inadequate")):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            add_run(paragraph, option, highlight=option == chosen)
    builder.paragraph("Safety check: did the audit find anything that means a child is not safe today?", bold=True)
    builder.paragraph("Yes. Missing from home three times this month; raised with the Head of Service today.")
    form = parse(builder)
    assert form.form == "step_up_down_audit"
    assert form.auditor == "Lynne Cartwright"
    assert form.extra["direction"] == "Step down to Early Help"  # the option not struck through
    # The area's title across the table, then its evidence and the grades
    # printed with one highlighted; under a title, a label's row of them is
    # that label's answer, no area.
    assert form.section_grades == {"C1. Was the step the right one?": GOOD}
    assert form.grade == REQUIRES_IMPROVEMENT
    # A part's name, then the question it asks.
    assert form.urgent_concern is True


def test_a_workbooks_moderation_record_its_cases_under_title_rows_and_an_outcome_with_a_comment():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Mod outcomes"
    for row in (["Case Audit Moderation Record (Head of Service)"], [], ["Head of Service", "Susan Pemberton"],
                ["Audit month", "October 2026"], [], ["Audits moderated this month"],
                ["Key: O \u2013 Outstanding, G \u2013 Good, RI \u2013 Requires Improvement, I \u2013 Inadequate"],
                ["Case ref", "Social worker", "Auditor", "Auditor grade", "Moderation outcome", "Moderator comments"],
                ["LCS-1102634", "Mohammed Iqbal", "Julie Barlow", "O", "Agreed"],
                ["CS-9393361", "Laura Bennett", "Nicola Wragg", "RI", "Grade confirmed",
                 "Agree. Good use of the child's own words."],
                ["5052868", "Amy Stott", "Joanne Fletcher", "RI", "Upgraded to Good"]):
        sheet.append(row)
    sheet["A1"].font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "moderation.xlsx", definitions())
    # Titled as a case audit's moderation, its header of cases under two
    # title rows: an overview, none of its cases the form's own.
    assert form.form == "moderation_overview" and form.ok and form.case_id is None
    # "Grade confirmed" beside a comment is the moderator's answer, no label.
    assert form.extra["moderated_cases"] == {"LCS-1102634": OUTSTANDING, "CS-9393361": REQUIRES_IMPROVEMENT,
                                             "5052868": GOOD}


def test_a_grade_grid_whose_rows_write_the_four_grades_again_with_one_picked_out():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    grades = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    for row in (["TAF Audit (Early Help)"], ["Early Help ref", "EH-116402"], [],
                ["Area", "Evidence"] + grades, ["The family plan", "The plan is SMART."] + grades,
                ["TAF meetings", "Meetings are regular."] + grades, ["Overall grade", "Good"]):
        sheet.append(row)
    # The first area: every grade but Good struck through; the second: Requires improvement filled yellow.
    for column in (3, 5, 6):
        sheet.cell(5, column).font = Font(strike=True)
    sheet.cell(6, 5).fill = PatternFill("solid", fgColor="FFFF00")
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.section_grades == {"The family plan": GOOD, "TAF meetings": REQUIRES_IMPROVEMENT}


def test_the_case_systems_name_written_as_two_words_labels_the_case_id():
    builder = DocxForm(heading="Case File Quality Audit Tool")
    builder.table([["Liquid Logic ID", "MOS-8694496"], ["Auditor", "Sarah Hollins"], ["Overall grade", "Good"]])
    form = parse(builder)
    assert form.case_id == "MOS-8694496" and form.ok


def test_a_joint_reviews_lines_of_enquiry_under_bold_titles_and_the_panels_overall_grade_in_a_box():
    builder = DocxForm(heading="Multi-agency Audit \u2013 Joint Case Review")
    builder.table([["Case number", "9788813"], ["Lead auditor", "Jane Smith"]])
    builder.paragraph("Part B \u2013 Agencies taking part", bold=True)
    builder.paragraph("The following agencies read their own records and attended the review meeting: "
                      "Early Help, Probation, Police")
    builder.paragraph("Part C \u2013 Key lines of enquiry", bold=True)
    builder.paragraph("Grading key \u2013 enter the number: 1 = Outstanding, 2 = Good, 3 = Requires improvement, "
                      "4 = Inadequate")
    for number, title, grade in ((1, "Was the child's need and risk understood by every agency?", "3"),
                                 (2, "Did the plan bring agencies together around the child?", "2")):
        builder.paragraph(f"KLOE {number} \u2013 {title}", bold=True)
        builder.paragraph("Did each agency recognise what was happening for the child and pass it on?")
        builder.table([["Police", "Records show contact at the key points."],
                       ["Agreed joint finding", "The plan has too many actions."],
                       ["Grade for this KLOE", f"Grade (1\u20134): {grade}"]])
    builder.paragraph("Overall grade agreed by the review panel", bold=True)
    builder.table([["Grade (1\u20134): 3"]])
    form = parse(builder)
    assert form.form == "multi_agency_audit"
    # Each table under a line of enquiry's bold title and its question is
    # that line's, its last row its grade.
    assert form.section_grades == {
        "KLOE 1 \u2013 Was the child's need and risk understood by every agency?": REQUIRES_IMPROVEMENT,
        "KLOE 2 \u2013 Did the plan bring agencies together around the child?": GOOD}
    # The panel agreed the overall grade: the audit's, not a moderation.
    assert form.grade == REQUIRES_IMPROVEMENT and form.moderated_grade is None
    assert form.extra["agencies"] == ["Early Help", "Probation", "Police"]


def test_a_line_of_enquirys_grade_in_a_grid_nested_in_its_findings_table():
    builder = DocxForm(heading="Multi-agency Audit \u2013 Joint Case Review")
    builder.table([["Case number", "9788813"], ["Lead auditor", "Jane Smith"], ["Overall grade", "Good"]])
    builder.paragraph("KLOE 1 \u2013 Was the child's need and risk understood by every agency?", bold=True)
    builder.paragraph("Did each agency recognise what was happening for the child and pass it on?")
    table = builder.table([["Police", "Records show contact at the key points."],
                           ["Agreed joint finding", "The plan has too many actions."],
                           ["Grade for this KLOE", None]])
    table.cell(2, 0).paragraphs[0].runs[0].bold = True
    grid = table.cell(2, 1).add_table(rows=2, cols=4)
    for column, grade in enumerate(("Outstanding", "Good", "Requires improvement", "Inadequate")):
        grid.cell(0, column).text = grade
    grid.cell(1, 1).text = "\u221a"
    form = parse(builder)
    assert form.section_grades == {"KLOE 1 \u2013 Was the child's need and risk understood by every agency?": GOOD}


def test_an_overviews_cases_told_as_labelled_lines_and_a_service_managers_return():
    builder = DocxForm(heading="Moderation of Case Audits \u2013 Monthly Return")
    builder.table([["Service Manager", "Claire Whitworth", "Month moderated", "October 2026"]])
    builder.paragraph("1. Audits moderated this month", bold=True)
    for case, auditor, grade, moderation in (("C3986367", "Andrew Booth", "Good", "Agreed"),
                                             ("C4933662", "Jane Smith", "R.I.", "Not agreed \u2013 moderated to INADEQUATE"),
                                             ("C7580482", "Karen Holt", "INADEQUATE", "Not agreed \u2013 moderated to R.I.")):
        builder.paragraph(f"Case {case[-1]}: {case}")
        builder.paragraph("Team / social worker: Children in Care Team \u2013 Stuart Lomax")
        builder.paragraph(f"Auditor: {auditor}    Auditor's judgement: {grade}")
        builder.paragraph(f"Moderation: {moderation}")
        builder.paragraph("Judgement supported by the evidence recorded.")
    builder.paragraph("Strengths across the sample", bold=True)
    builder.paragraph("In 2 of the 3 cases audited chronologies were up to date.")
    form = parse(builder)
    assert form.form == "moderation_overview" and form.ok
    # The return's author, not an auditor named on a case's lines.
    assert form.auditor == "Claire Whitworth" and form.case_id is None
    assert form.extra["moderated_cases"] == {"C3986367": GOOD, "C4933662": INADEQUATE,
                                             "C7580482": REQUIRES_IMPROVEMENT}


def test_an_areas_checklist_ticked_yes_partly_or_no_then_its_evidence_and_grade_line():
    builder = DocxForm(heading="Case File Audit")
    builder.table([["Child ID", "1234567"], ["Auditor", "Julie Barlow"]])
    for title, grade in (("1. Working alongside families", "GOOD"), ("2. Respectful, plain recording", "RI")):
        builder.paragraph(title, bold=True)
        builder.table([["Check", "Yes", "Partly", "No"], ["Family involved in decisions about them?", None, "\u2713", None]])
        builder.paragraph("Evidence: Partners contribute to the plan.")
        builder.paragraph(f"Grade for this area: {grade}")
    builder.paragraph("3. Hearing the child", bold=True)
    builder.table([["Check", "Yes", "Partly", "No"], ["Child seen alone?", "\u2713", None, None]])
    builder.paragraph("Evidence: The child's views are recorded.")
    grid = builder.table([["Grade for this area", "O", "G", "RI", "I"], [None, None, None, None, None]])
    # The chosen grade's cell beneath filled in grey, no mark typed.
    from docx.oxml import parse_xml
    grid.cell(1, 1)._tc.get_or_add_tcPr().append(parse_xml(
        '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:fill="A6A6A6"/>'))
    builder.paragraph("Overall grade: Good")
    form = parse(builder)
    # "Yes | Partly | No" heads the area's questions, as "Yes | No" does.
    assert form.section_grades == {"1. Working alongside families": GOOD,
                                   "2. Respectful, plain recording": REQUIRES_IMPROVEMENT,
                                   "3. Hearing the child": OUTSTANDING}
    assert not any("single grade" in warning for warning in form.warnings)


def test_a_sheets_part_title_over_the_title_of_its_first_list_is_no_list():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    audit = workbook.active
    for row in (["Multi-agency case audit"], ["Case number", "C1234567"], ["Overall grade", "Good"]):
        audit.append(row)
    learning = workbook.create_sheet("Learning & actions")
    for row in (["Learning from this audit"], ["What worked well"],
                ["- Supervision is regular and gives clear direction."], ["- The core group meets on time."],
                ["What needs to change"], ["Health partners did not attend the last core group."]):
        learning.append(row)
    for number in (1, 2, 5):  # the titles in bold, as a council's sheet prints them
        learning.cell(number, 1).font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.strengths == ["Supervision is regular and gives clear direction.", "The core group meets on time."]
    assert form.development_areas == ["Health partners did not attend the last core group."]


def test_a_key_with_each_mark_in_a_cell_of_its_own_and_the_lead_auditor_named_by_role_in_the_panel():
    builder = DocxForm(heading="Partnership Case Review \u2013 Joint Audit Record")
    builder.paragraph("Case reference: 1674407")
    builder.table([["Agency", "Represented by", "Records checked"],
                   ["Children's Social Care", "Sarah Hollins \u2013 lead auditor", "Yes"],
                   ["Police", "DS, Public Protection Unit", "Y"]])
    builder.paragraph("Score each line of enquiry 1\u20134 using the key:")
    builder.table([["1", "Outstanding \u2013 agencies together made a real difference"],
                   ["2", "Good \u2013 the child was helped and kept safe"],
                   ["3", "Requires improvement \u2013 joint working was inconsistent"],
                   ["4", "Inadequate \u2013 agencies together did not keep the child safe"]])
    table = builder.table([[None], ["Judgement: Score 3"]])
    cell = table.cell(0, 0)
    add_run(cell.paragraphs[0], "Hearing and acting on the child's voice", bold=True)
    cell.add_paragraph("Panel findings: The plan has too many actions.")
    builder.paragraph("Overall judgement: 2")
    form = parse(builder)
    assert form.section_grades == {"Hearing and acting on the child's voice": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD and form.auditor == "Sarah Hollins"


def observation_with_quality_check(*quality_check) -> DocxForm:
    """An observation closing on a Head of Service's quality-check part, as
    a council's observation and learning-conversation form does."""
    builder = DocxForm("Practice Observation and Learning Conversation")
    builder.table([["Observed by", "Nicola Wragg"], ["Practitioner observed", "Lee Chadwick"],
                   ["Date of observation", "1st of October 2026"], ["Case reference", "4659739"],
                   ["Overall grade", "Requires improvement"]])
    builder.paragraph("5. Learning conversation", bold=True)
    builder.paragraph("Was a learning conversation held with the practitioner after the observation? "
                      "Yes \u2612   No \u2610")
    builder.paragraph("8. Head of Service quality check", bold=True)
    for part in quality_check:
        builder.table(part) if isinstance(part, list) else builder.paragraph(part)
    return builder


def test_a_learning_conversation_after_an_observation_is_its_reflective_discussion():
    form = parse(observation_with_quality_check())
    assert form.extra["reflective_discussion"] is True


def test_the_grade_after_a_heads_of_service_quality_check_is_the_moderated_grade():
    form = parse(observation_with_quality_check(
        [["Head of Service", "David Okonjo"], ["Agree with overall grade?", "No \u2013 changed"],
         ["Grade after check", "Inadequate"],
         ["Comments", "From the evidence recorded the next steps were not clear enough for the family."]]))
    assert form.moderated_grade == INADEQUATE and form.final_grade == INADEQUATE


def test_a_quality_check_agreeing_with_the_grade_named_in_brackets_confirms_it():
    form = parse(observation_with_quality_check(
        "Checked by Claire Whitworth on 04-Nov-2026",
        "Agree with the overall grade (Requires improvement).",
        "I have read the observation and agree with the judgement reached."))
    assert form.moderated_grade == REQUIRES_IMPROVEMENT


def test_a_quality_check_saying_the_form_was_not_selected_is_no_moderation():
    form = parse(observation_with_quality_check(
        [["Head of Service", None], ["Grade after check", None], ["Comments", "Not selected for checking."]]))
    assert not form.moderated and form.moderator_comments == []


def test_a_partnership_workbook_numbering_each_line_of_enquiry_in_a_cell_of_its_own():
    data = xlsx_bytes({
        "Front sheet": [["Multi-Agency Case Review \u2013 Audit Workbook"], [],
                        ["LCS number", "C2192916"], ["Lead auditor / panel chair", "Jane Smith"],
                        ["Panel date", date(2026, 10, 12)], [],
                        ["Agency", "Represented by (role)", "Records reviewed", "Attended panel"],
                        ["Housing", "Tenancy Safeguarding Officer", "Yes", "Yes"],
                        ["School", "Deputy DSL", "No", "Yes"],
                        ["Police", "MASH Sergeant", "Yes", "No"]],
        "Lines of enquiry": [["Grade key: 1 \u2013 Outstanding;  2 \u2013 Good;  3 \u2013 Requires improvement;  "
                              "4 \u2013 Inadequate"],
                             ["KLOE 1", "Voice of the child"],
                             ["Question", "Does every agency know what life is like for this child?"],
                             ["Findings (agreed by the panel)", "Management oversight gives no clear direction."],
                             ["Grade (1\u20134)", 3], [],
                             ["KLOE 2", "Information sharing between agencies"],
                             ["Findings (agreed by the panel)", "The record is up to date."],
                             ["Grade (1\u20134)", 2], [],
                             ["Overall judgement of the multi-agency response", 2]],
        "Sign-off": [["Head of Service moderation"], ["Moderated by", "Claire Whitworth"],
                     ["Date", date(2026, 10, 15)], ["Comments", "I agree with the panel."]]})
    form = parse_bytes(data, "review.xlsx", definitions())
    # The title names a multi-agency review; "KLOE 1" titles its area.
    assert form.form == "multi_agency_audit"
    assert form.section_grades == {"Voice of the child": REQUIRES_IMPROVEMENT,
                                   "Information sharing between agencies": GOOD}
    assert form.grade == GOOD
    # Every agency that had someone speak for it took part, whatever its marks.
    assert form.extra["agencies"] == ["Housing", "School", "Police"]
    # The sign-off's date is the moderation's, not the panel's.
    assert form.date.isoformat() == "2026-10-12"


def test_a_moderator_saying_the_grade_changed_from_one_to_another():
    builder = DocxForm("Partnership Case Review")
    builder.table([["Case number", "5632664"], ["Lead auditor", "Jane Smith"], ["Overall grade", "Outstanding"]])
    builder.paragraph("Head of Service moderation", bold=True)
    builder.paragraph("Overall grade changed from outstanding to GOOD. Management oversight is not evident "
                      "for three months, which the audit does not reflect.", colour="2E74B5")
    form = parse(builder)
    assert form.moderated_grade == GOOD and form.final_grade == GOOD


def audit_of_a_childs_record(*moderation: str) -> DocxForm:
    """A case audit grading each area by a number on its key ("Judgement
    no.: 1") in a box under the area's title, as one council's record does."""
    builder = DocxForm("Audit of a Child's Record")
    builder.table([["LCS number", "5712298"], ["Audited by", "Sarah Hollins"], ["Date of audit", "12-Oct-2026"]])
    builder.paragraph("Judgement key: 4 = Outstanding   3 = Good   2 = Requires improvement to be good   1 = Inadequate")
    builder.table([["B1. The child's voice and daily life"],
                   ["The child's views are not recorded.", "Judgement no.: 1"]])
    builder.table([["B2. Recording and chronology"], ["The chronology is up to date.", "Judgement no.: 3"]])
    builder.paragraph("Overall judgement for this child's case", bold=True)
    builder.table([["OVERALL GRADE", "Judgement: RI"]])
    builder.paragraph("Action plan")
    builder.table([["Action", "Responsible", "Timescale"],
                   ["Discuss the audit findings with the social worker in supervision.", "Emma Haslam", "08/12/2026"]])
    builder.table([["Have you spoken to the child and/or parents about their experience of our service?",
                    "Yes \u2013 child seen at school"]])
    builder.paragraph("PART C \u2013 Head of Service moderation", bold=True)
    for line in moderation:
        label, colon, grade = line.partition(": ")
        if colon:  # "I agree with the auditor's judgement: 2 – …", all in bold
            paragraph = builder.paragraph(label + colon, colour="0070C0", bold=True)
            add_run(paragraph, grade, "0070C0", bold=True)
        else:
            builder.paragraph(line, colour="0070C0")
    return builder


def test_an_overall_grade_labelled_in_its_own_box_and_areas_numbered_on_the_key():
    form = parse(audit_of_a_childs_record())
    assert form.section_grades == {"B1. The child's voice and daily life": INADEQUATE,
                                   "B2. Recording and chronology": GOOD}
    # ("Overall judgement for this child's case" over "OVERALL GRADE | …" is no area.)
    assert form.grade == REQUIRES_IMPROVEMENT and form.ok
    assert form.extra["feedback_sought"] is True


def test_a_moderator_agreeing_or_amending_with_the_grades_number_on_the_key():
    agreed = parse(audit_of_a_childs_record(
        "A thorough, reflective audit.", "I agree with the auditor's judgement: 2 \u2013 Requires improvement to be good"))
    assert agreed.moderated_grade == REQUIRES_IMPROVEMENT
    assert "I agree with the" not in " ".join(agreed.section_grades)
    amended = parse(audit_of_a_childs_record(
        "Management oversight is not evident for three months.", "Judgement amended to: 1 \u2013 Inadequate"))
    assert amended.moderated_grade == INADEQUATE and amended.grade == REQUIRES_IMPROVEMENT


def test_yes_no_checks_headed_by_their_areas_name_closing_on_its_grade():
    builder = DocxForm("Early Help Assessment & Review \u2013 Quality Assurance Tool")
    builder.paragraph("EHM No.: EH/49896")
    builder.paragraph("QA completed by: Lynne Cartwright")
    builder.paragraph("Other children in the household: Nevaeh Tattersall (10 July 2010)")
    first = builder.table([["1", "Consent and engagement", "YES", "NO", "N/A"],
                           ["1a", "Was the family's consent to the assessment recorded at the start?", "x", None, None],
                           [None, "Evidence: Consent is on file and was explained to the family."],
                           [None, "Judgement", None]])
    # The four grades printed, the others struck through and the one chosen in bold.
    cell = cell_paragraph(first, 3, 2)
    for option in ("Outstanding", "Good", "Requires Improvement", "Inadequate"):
        run = add_run(cell, option, bold=option == "Good")
        run.font.strike = option != "Good"
        add_run(cell, " / ")
    builder.table([["2", "The family plan", "YES", "NO", "N/A"],
                   ["2a", "Are outcomes SMART and written with the family?", None, "x", None],
                   [None, "Evidence: The plan has no timescales."],
                   [None, "Grading for this part:", "inadequate - plan needs to be SMART"]])
    builder.paragraph("OVERALL GRADE: Requires improvement")
    form = parse(builder)
    # Each table's header names its area; "Evidence: …" is what was found there, no area's name.
    assert form.section_grades == {"Consent and engagement": GOOD, "The family plan": INADEQUATE}
    assert form.extra["section_comments"]["The family plan"] == "Evidence: The plan has no timescales."
    assert form.grade == REQUIRES_IMPROVEMENT


def test_each_areas_grade_in_a_box_of_its_own_under_its_evidence():
    builder = DocxForm("Case Practice Audit")
    builder.table([["Case ref", "LCS-5810097", "Audited by", "Paul Gregson"]])
    builder.paragraph("Grade key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
    for number, area, grade in ((1, "The child's voice and lived experience", None),
                                (2, "Assessment and analysis", "3 (Requires improvement)")):
        builder.paragraph(f"{number}. {area}", bold=True)
        builder.paragraph("Is the child seen and seen alone?")
        evidence = builder.paragraph("Evidence: ", bold=True)
        add_run(evidence, "The child is seen regularly and alone.")
        box = builder.table([[None]])
        paragraph = cell_paragraph(box, 0, 0)
        add_run(paragraph, "Grade for this area: ")
        if grade:
            add_run(paragraph, grade)
        else:  # the four grades printed, the chosen one highlighted
            for option in ("Outstanding", "Good", "Requires improvement", "Inadequate"):
                add_run(paragraph, option, highlight=option == "Good")
                add_run(paragraph, "  /  ")
    builder.table([["Overall audit grade", "Grade 2"]])
    builder.paragraph("Child / family feedback sought for this audit? Not sought")
    builder.paragraph("Part D \u2013 Moderation (Head of Service)", bold=True)
    builder.paragraph("I agree the overall grade is good.", colour="7030A0")
    form = parse(builder)
    assert form.section_grades == {"1. The child's voice and lived experience": GOOD,
                                   "2. Assessment and analysis": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD and form.moderated_grade == GOOD
    assert form.extra["feedback_sought"] is False


def test_a_step_audits_transfer_line_and_its_referral_question_after_the_actions():
    builder = DocxForm("Step Up / Step Down Audit")
    builder.table([["EH reference", "EH-384687"], ["Lead practitioner (TAF lead)", "Leanne Ogden"],
                   ["Transfer", "Step up to Children's Social Care"], ["Audited by", "Colin Heap"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Part 4 \u2013 Actions", bold=True)
    builder.paragraph("None required. Discussed with the lead practitioner.")
    builder.paragraph("Safety check: did the audit find a child who needs a referral to Children's Social Care today?")
    builder.paragraph("Yes \u2013 referred to the Front Door the same day.")
    form = parse(builder)
    assert form.extra["direction"] == "Step up to Children's Social Care"
    # The question closes the actions: it is the urgent-concern question, no action.
    assert form.actions == [] and form.urgent_concern is True


def test_an_eh_case_audit_asking_what_the_family_thought_of_the_help():
    builder = DocxForm("EH Case Audit \u2013 Assessment, Plan and Review")
    builder.table([["EH reference", "EH-384687"], ["Lead practitioner", "Leanne Ogden"], ["Audited by", "Colin Heap"],
                   ["Overall grade", "Good"],
                   ["Were the child and family asked what they thought of the help they received?", "Yes"]])
    form = parse(builder)
    # "EH" is Early Help.
    assert form.form == "early_help_audit"
    assert form.extra["feedback_sought"] is True


def partnership_audit(answer: str, question: str = "Is there anything about this child's safety that cannot wait "
                                                       "for the action plan?") -> DocxForm:
    """A partnership's joint audit: each line of enquiry a table of its own,
    its number, name in bold and question in one cell, its grade highlighted
    among the four printed under the evidence."""
    builder = DocxForm("Joint Partnership Audit Tool")
    builder.table([["About the child"], ["Social care ID", "CS-2169909"], ["Lead auditor", "Karen Holt"],
                   ["Date of audit meeting", "29/10/2026"]])
    builder.paragraph("Part C \u2013 Key lines of enquiry", bold=True)
    for number, (name, chosen) in enumerate((("The child's daily life", "Requires improvement"),
                                             ("Sharing what we know", "Inadequate")), 1):
        table = builder.table([[None], [None]])
        title = cell_paragraph(table, 0, 0)
        add_run(title, f"KLOE {number}")
        add_run(table.cell(0, 0).add_paragraph(), name, bold=True)
        add_run(table.cell(0, 0).add_paragraph(), "Did each agency see the child and record what they said?")
        add_run(cell_paragraph(table, 1, 0), "The plan is out of date.")
        grade = table.cell(1, 0).add_paragraph()
        add_run(grade, "Grade (highlight one): ", bold=True)
        for option in ("Outstanding", "Good", "Requires improvement", "Inadequate"):
            add_run(grade, option, bold=option == chosen, highlight=option == chosen)
            add_run(grade, "   ")
    builder.paragraph("Part E \u2013 Learning for the partnership", bold=True)
    builder.paragraph("Good practice to share", bold=True)
    builder.paragraph("\u2022 Supervision is regular and gives clear direction.")
    builder.paragraph("What needs to be different", bold=True)
    builder.paragraph("\u2022 The father's views are not evident in the assessment.")
    builder.paragraph("\u2022 The plan is not SMART.")
    builder.paragraph("Part G \u2013 Immediate safeguarding concerns", bold=True)
    builder.paragraph(question)
    builder.paragraph(answer)
    return builder


def test_a_partnership_audit_its_areas_numbered_over_their_names_and_questions_and_the_answer_under_the_question():
    form = parse(partnership_audit("NO"))
    assert form.case_id == "CS-2169909"  # "Social care ID"
    assert form.section_grades == {"The child's daily life": REQUIRES_IMPROVEMENT, "Sharing what we know": INADEQUATE}
    assert len(form.strengths) == 1 and len(form.development_areas) == 2  # "What needs to be different"
    # The question printed under the part's title is no answer; "NO" is.
    assert form.urgent_concern is False and not any("urgent" in warning for warning in form.warnings)
    # "Yes:" and why is the answer, not a label, nor the names of people.
    urgent = parse(partnership_audit("Yes: Lacey's appointments have been missed and the GP has not been contacted.",
                                     "Has the audit identified any child at risk of significant harm now, "
                                     "needing action today?"))
    assert urgent.urgent_concern is True and "GP has not been contacted" in urgent.urgent_concern_detail
    told = parse(partnership_audit("Yes: Lacey's appointments have been missed and the GP has not been contacted."))
    assert told.urgent_concern is True and "GP has not been contacted" in told.urgent_concern_detail


def early_help_return(urgent: str, feedback: str) -> dict:
    """An Early Help audit return: seven columns across its practice
    standards, each checked Met / Partly met and rated."""
    rows = [["EARLY HELP QUALITY AUDIT \u2013 RETURN TO QA TEAM"],
            ["Early Help record number", None, "EHM529632", "Lead practitioner", "Farah Malik"],
            ["Auditor (EH Team Manager)", None, "Lynne Cartwright", "Date audited", "26 October 2026"],
            [],
            ["Section 2 \u2013 Practice standards"],
            ["No.", "Practice standard", "What we look for", "Standard met?", "What did you find?", "Rating", "HoS comments"],
            ["1.", "Consent and the relationship with the family", "Consent recorded; both parents involved", "Met",
             "Partners contribute to the plan.", "good"],
            ["2.", "The Family Plan", "SMART outcomes; named people and dates", "Partly met",
             "The plan has too many actions.", "Requires Improvement"],
            ["OVERALL GRADE", None, None, None, None, "Requires Improvement"],
            [],
            ["Has feedback been gathered from the child and family about the support?", None, None, None, feedback],
            ["Is the child safe?"],
            ["Immediate safety: does this child need to be stepped up to social care (contact First Response now)?",
             None, None, None, urgent]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "return.xlsx", definitions())
    assert form.form == "early_help_audit", form.to_json()
    return form.to_json()


def test_an_early_help_return_its_standards_across_seven_columns_and_its_questions_in_its_own_words():
    plain = early_help_return("No", "Yes")
    assert plain["section_grades"] == {"Consent and the relationship with the family": GOOD,
                                       "The Family Plan": REQUIRES_IMPROVEMENT}
    assert plain["grade"] == REQUIRES_IMPROVEMENT
    assert plain["extra"]["feedback_sought"] is True and plain["urgent_concern"] is False
    urgent = early_help_return("YES", "No")
    assert urgent["urgent_concern"] is True and urgent["extra"]["feedback_sought"] is False


def test_a_themed_case_audit_dip_sample_its_overall_row_scored_on_the_key_and_its_cases_answered_yes_or_no():
    summary = [["Themed Case Audit (Dip Sample)"],
               ["Theme of dip sample", None, "Audit lead", None, "Service"],
               ["Pre-birth assessments", None, "Liam Doherty", None, "Early Help"],
               ["Audit date", None, "Number of cases sampled"],
               ["28/10/2026", None, 4],
               [],
               ["AREAS AUDITED"],
               ["Key: 4 = Outstanding, 3 = Good, 2 = Requires improvement, 1 = Inadequate"],
               ["Area of practice", "Judgement", "Comment"],
               ["Management oversight and supervision", 1, "Not evident."],
               ["Quality of assessment (risk and need)", 3, "Good in the majority of the sample."],
               ["OVERALL GRADE for the sample", 2, "Based on the areas above."]]
    cases = [["Pre-birth assessments \u2013 case findings"], [],
             ["Case ID", "Risk recognised", "Child's voice recorded", "Partners involved", "Supervision on file",
              "Auditor's note"],
             ["5473172", "Partly", "Partly", "Yes", "Partly", "Chronology behind."],
             ["3396442", "Yes", "Yes", "Yes", "Yes", "No partner views."],
             ["8361780", "Yes", "No", "Partly", "Partly"],
             ["6254998", "Yes", "Yes", "Yes", "Yes", "No partner views."]]
    form = parse_bytes(xlsx_bytes({"Summary": summary, "Case findings": cases}), "dip.xlsx", definitions())
    # A theme's audit of several cases, though its title says "Case Audit".
    assert form.form == "thematic_audit" and form.ok, form.errors
    # "2" on the form's key closes the areas: the sample's overall grade, no header.
    assert form.grade == REQUIRES_IMPROVEMENT
    assert form.section_grades == {"Management oversight and supervision": INADEQUATE, "Assessment": GOOD}
    # "8361780 | Yes | No | Partly" is a case's answers, not a header of Yes and No.
    assert form.extra["sampled_case_ids"] == ["5473172", "3396442", "8361780", "6254998"]


def family_support_audit(title: str) -> DocxForm:
    """A family support audit: its areas titled in lines, each graded by the
    option picked out among the four, its details as "Label: value" lines."""
    builder = DocxForm(None)
    builder.paragraph(title, bold=True)
    builder.paragraph("Read the EHAP, the latest family plan and TAF review notes before completing.")
    builder.paragraph("Part A \u2013 Family and case details", bold=True)
    for line in ("Focus child: Maisie Rushton", "EHAP no.: EH/54233", "Lead practitioner: Ryan Birtwistle",
                 "Auditor: Priya Raman", "Date of audit: 22.10.26"):
        builder.paragraph(line)
    builder.paragraph("Part B \u2013 Areas audited", bold=True)
    for number, (name, chosen) in enumerate((("Child's voice and daily life", "Good"),
                                             ("Family's voice and participation", "Requires improvement"),
                                             ("Lead practitioner and manager oversight", "Outstanding")), 1):
        builder.paragraph(f"B{number}. {name}", bold=True)
        builder.paragraph("Is this evident on the record, and does it shape the plan?")
        builder.paragraph("The record is up to date and written in plain, respectful language.")
        grade = builder.paragraph()
        add_run(grade, "Grade: ", bold=True)
        for option in ("Outstanding", "Good", "Requires improvement", "Inadequate"):
            add_run(grade, option, bold=option == chosen, highlight=option == chosen)
            add_run(grade, "   ")
    builder.paragraph("Part C \u2013 Overall findings", bold=True)
    overall = builder.paragraph()
    add_run(overall, "Overall quality of the EHAP work: ", bold=True)
    for option in ("Outstanding", "Good", "Requires improvement", "Inadequate"):
        add_run(overall, option, bold=option == "Good", highlight=option == "Good")
        add_run(overall, " / ")
    builder.paragraph("Has the family been asked for feedback on the help they received? No")
    return builder


def test_a_family_support_audit_its_areas_and_overall_grade_picked_out_among_the_four():
    for title in ("Family Support Case Audit", "EHAP AUDIT \u2013 FAMILY SUPPORT"):
        form = parse(family_support_audit(title))
        # An Early Help audit, though "Case Audit" and "TAF review" are in its words.
        assert form.form == "early_help_audit" and form.ok, (title, form.errors)
        assert form.case_id == "EH/54233"  # "EHAP no."
        # "B2. Family's voice and participation" is an area, not the family's voice box.
        assert form.section_grades == {"B1. Child's voice and daily life": GOOD,
                                       "B2. Family's voice and participation": REQUIRES_IMPROVEMENT,
                                       "B3. Lead practitioner and manager oversight": OUTSTANDING}
        # The overall line under "Part C – Overall findings" is the form's grade, no area's.
        assert form.grade == GOOD
        assert form.extra["feedback_sought"] is False


def test_a_supervision_file_review_names_the_worker_whose_file_is_reviewed():
    rows = [["SUPERVISION FILE REVIEW \u2013 QUALITY ASSURANCE"],
            ["Worker whose file is reviewed", None, "Line manager / supervisor", None, "Team"],
            ["Leanne Ogden", None, "Colin Heap", None, "Early Help Team South"],
            ["Auditor", None, "Date completed"],
            ["Mark Ellison (Head of Service)", None, "20/10/2026"],
            [],
            ["Standard", "Evidence from the supervision records", "Rating"],
            ["Standard 1 \u2013 Supervision is regular and planned", "Sessions are regular.", "Good"],
            ["Standard 2 \u2013 Reflective discussion and analysis", "Some reflection.", "Requires improvement"],
            ["Overall grade for the quality of supervision", None, "Good"]]
    form = parse_bytes(xlsx_bytes({"Supervision review": rows}), "review.xlsx", definitions())
    # A review of one worker's supervision records: a supervision audit, no case's.
    assert form.form == "supervision_audit" and form.ok, form.errors
    assert form.practitioner == "Leanne Ogden" and form.extra["supervisor"] == "Colin Heap"
    assert form.grade == GOOD


def taf_quality_check(answer: str) -> DocxForm:
    builder = DocxForm(None)
    builder.paragraph("Early Help Quality Check \u2013 TAF Plan", bold=True)
    builder.paragraph("Type of check: \u2612 TAF plan   \u2610 Step up / step down")
    builder.table([["Early Help ref", "EH/82825", "Lead practitioner", "Farah Malik"],
                   ["Checked by", "Lynne Cartwright", "Date completed", "15/10/2026"]])
    builder.table([["Area", "What I found", "Score (1-4)"],
                   ["The family plan: clear, shared and SMART", "Visits are purposeful.", "Good"],
                   ["TAF meetings held and reviewed on time", "Meetings every six weeks.", "Requires improvement"]])
    builder.table([["OVERALL GRADE", "Good"]])
    builder.paragraph("The family's voice \u2013 how far have they come? (Wheel repeated)", bold=True)
    builder.paragraph("The family feel listened to and say the meetings are at times that suit them.")
    builder.paragraph("Part E \u2013 Safety", bold=True)
    builder.paragraph("Is any child in this family unsafe today? If yes, tell the Team Leader and MASH straight away.")
    builder.paragraph(answer)
    return builder


def test_a_taf_quality_check_its_family_s_voice_under_a_question_and_its_safety_question_with_what_to_do():
    form = parse(taf_quality_check("NO \u2013 none identified"))
    # A TAF plan's check: its title says so, whatever its choice of kinds offers.
    assert form.form == "taf_audit" and form.ok, form.errors
    # The question after the dash is what the box asks; its answer is below.
    assert form.extra["family_voice"] == ("The family feel listened to and say the meetings are at times "
                                          "that suit them.")
    assert form.urgent_concern is False
    urgent = parse(taf_quality_check("Yes. The GP has not been contacted. Head of Service informed."))
    assert urgent.urgent_concern is True and "GP has not been contacted" in urgent.urgent_concern_detail


def test_a_practice_observation_note_in_an_observer_s_shorthand():
    builder = DocxForm("Practice Observation Note")
    for line in ("Name of observer: Nicola Wragg (Team Manager)", "Practitioner observed: Lee Chadwick",
                 "Date of observation: 13 October 2026", "Where / what: Child in care review",
                 "WCCIS number: 3556621"):
        builder.paragraph(line)
    builder.table([["Area of practice", "Comments", "Grade"],
                   ["Purpose and preparation", "Clear and respectful.", "Good"],
                   ["The child seen and heard", "Confident and skilled.", "Outstanding"]])
    builder.paragraph("Overall judgement: GOOD")
    builder.paragraph("WWW", bold=True)
    builder.paragraph("\u2022 Warm, respectful communication with the family.")
    builder.paragraph("\u2022 Good use of the three houses tool.")
    builder.paragraph("EBI", bold=True)
    builder.paragraph("\u2022 Spend time with the child on their own.")
    builder.paragraph("Part D \u2013 Development actions", bold=True)
    builder.paragraph("1) Complete the direct work training module. (Social worker, by 02-Nov-2026)")
    builder.paragraph("Practitioner's comments: I agree with most of this; the visit was harder than usual.")
    builder.paragraph("Head of Service moderation: not sampled this month.")
    form = parse(builder)
    assert form.form == "observation" and form.ok, form.errors
    assert form.case_id == "3556621"  # Wales's WCCIS number
    assert form.extra["setting"] == "Child in care review"  # "Where / what"
    assert len(form.strengths) == 2 and form.development_areas == ["Spend time with the child on their own."]
    # The practitioner's comments below the actions are no action of theirs.
    assert len(form.actions) == 1 and form.actions[0].due.isoformat() == "2026-11-02"
    # "Not sampled this month" is no moderation.
    assert not form.moderated and form.moderator_comments == []


def _styled_workbook(sheets: dict[str, list[list[object]]], bold: set[tuple[str, int, int]],
                     fill: set[tuple[str, int, int]] = frozenset()) -> bytes:
    """A workbook whose cells at `bold` (sheet, row, column) are in bold and
    at `fill` on the labels' grey fill."""
    from openpyxl import load_workbook
    from openpyxl.styles import Font, PatternFill

    workbook = load_workbook(io.BytesIO(xlsx_bytes(sheets)))
    for name, row, column in bold:
        workbook[name].cell(row, column).font = Font(bold=True)
    for name, row, column in fill:
        workbook[name].cell(row, column).fill = PatternFill("solid", fgColor="F2F2F2")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _inter_agency_audit() -> bytes:
    options = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    rows = [["Inter-agency Case Audit Tool"],
            ["Agencies: read your own records for the last 6 months and bring this workbook to the audit panel."],
            [],
            ["Case ID (LCS)", None, "Lead auditor (panel)", None, "Allocated social worker"],
            ["C8495367", None, "Andrew Booth", None, "Aisha Begum"],
            ["Team of allocated worker", None, "Date audited"],
            ["Children in Care Team", None, "29/10/2026"],
            [],
            ["Agency", "Auditor's role", "Records read?"],
            ["Police", "Safeguarding lead", "Yes"],
            ["School", "Designated Safeguarding Lead", "Partly"],
            [],
            ["KLOE 1 \u2013 Is the child seen, heard and understood by every agency?"],
            ["Agency", "What our records show"],
            ["Police", "Single-agency view only."],
            ["School", "Attended core groups."],
            ["Joint finding", "The plan is out of date."],
            ["Grade for this KLOE", "INADEQUATE"],
            [],
            ["KLOE 2 \u2013 Did agencies share what they knew, when they knew it?"],
            ["Agency", "What our records show"],
            ["Police", "Information sent by email."],
            ["School", "Reports submitted on time."],
            ["Panel finding", "Information was shared on time."],
            ["Grade", *options],
            ["Panel grade (mark one)", None, "X"],
            [],
            ["Overall grade", "Requires improvement"],
            [],
            ["6. Head of Service moderation"],
            ["Name"],
            ["Date"],
            ["Grade after moderation"],
            ["Comments"]]
    bold = {("Audit", row, 1) for row in (4, 6, 9, 13, 14, 17, 18, 20, 21, 24, 25, 26, 28, 30, 31, 32, 33, 34)}
    fill = {("Audit", row, 1) for row in (4, 6, 9, 14, 21, 31, 32, 33, 34)} | {("Audit", 30, 1)}
    return _styled_workbook({"Audit": rows}, bold, fill)


def test_an_inter_agency_audit_its_lines_of_enquiry_each_closed_by_a_joint_finding_and_a_grade():
    form = parse_bytes(_inter_agency_audit(), "audit.xlsx", definitions())
    # "Inter-agency" is the other word for multi-agency.
    assert form.form == "multi_agency_audit" and form.ok, form.errors
    # "Joint finding" and "Grade for this KLOE", in bold, close the agencies'
    # rows; neither is an agency, and the grade is the line of enquiry's.
    # What the agencies are asked to do names none of them.
    assert form.extra["agencies"] == ["Police", "School"]
    assert form.section_grades["KLOE 1 \u2013 Is the child seen, heard and understood by every agency?"] == INADEQUATE
    # The panel's mark under the grades, its label in the row beneath.
    assert form.section_grades["KLOE 2 \u2013 Did agencies share what they knew, when they knew it?"] == GOOD
    # The allocated worker's team.
    assert form.team == "Children in Care Team" and form.practitioner == "Aisha Begum"
    # The moderation part's title over its labels, all left blank: no moderation.
    assert not form.moderated and form.moderator_comments == []


def test_lines_of_enquiry_with_a_column_for_each_agency_then_the_panel_s_finding_and_grade():
    rows = [["Multi-Agency Case Audit"], [],
            ["Case ID", "1208211"], ["Lead auditor", "Sarah Hollins"], ["Date of audit", "02/10/2026"], [],
            ["Line of enquiry", "Health visiting", "Children's Social Care", "Police", "Panel finding", "Grade"],
            ["Child's lived experience", "Attended core groups.", "Not invited.", "Regular contact.",
             "Risks have not been acted upon.", "Inadequate"],
            ["Information sharing", "Two contacts.", "Single-agency view.", "Regular contact.",
             "Information is shared on time.", "Good"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.form == "multi_agency_audit" and form.ok, form.errors
    assert form.section_grades == {"Child's lived experience": INADEQUATE, "Information sharing": GOOD}


def _plan_review(*, across: bool) -> bytes:
    """A Team Around the Child plan's review, its details asked as numbered
    questions; the parts of the plan run across the sheet, or each under
    its number."""
    details = [["Child and Family Plan (Early Help) \u2013 Quality Assurance Review"], [],
               ["1. What is the family's Early Help reference?", "EH-661861"],
               ["2. Which child is the plan for?", "Tyler Adebayo"],
               ["3. Who is the Lead Worker?", "Kirsty Duckworth"],
               ["4. Which team is the Lead Worker in?", "Early Help Team North"],
               ["5. Who completed this review?", "Lynne Cartwright"],
               ["6. Date the review was completed", "29/10/2026"], []]
    if across:
        parts = [["Part of the plan", "Voice of the child", "Child and Family Plan", "Lead Worker role"],
                 ["What to look for", "Is the child's day recorded?", "Are the outcomes specific?", "Is the role clear?"],
                 ["Findings", "Direct work with Tyler.", "Up to date.", "Clear."],
                 ["Judgement", "Good", "outstanding", "requires improvement"], []]
    else:
        parts = [["3.1", "Voice of the child"], ["Findings", "Direct work with Tyler."], ["Judgement", "Good"], [],
                 ["3.2", "Child and Family Plan"], ["Findings", "Up to date."], ["Judgement", "Outstanding"], [],
                 ["3.3", "Lead Worker role"], ["Findings", "Clear."], ["Judgement", "Requires improvement"], []]
    rest = [["Overall grade", "Good"], [],
            ["Child and family participation"],
            ["Mum said the plan is written in words she understands, and that Tyler now has a say in it."], [],
            ["Does anything in this review need a same-day referral to the Children and Families Hub?", "Yes"],
            ["If yes, what was done", "Police notifications have not been risk assessed; Head of Service told."]]
    return xlsx_bytes({"Review": details + parts + rest})


def test_a_plan_review_whose_details_are_questions_and_whose_parts_run_across_the_sheet():
    form = parse_bytes(_plan_review(across=True), "review.xlsx", definitions())
    # The plan the team around the family works to, "Early Help" in brackets
    # saying whose: a TAF audit, no Early Help assessment's.
    assert form.form == "taf_audit" and form.ok, form.errors
    # "Which team is …?" asks for the team; "Who is the Lead Worker?" the worker.
    assert (form.practitioner, form.team, form.auditor) == ("Kirsty Duckworth", "Early Help Team North",
                                                             "Lynne Cartwright")
    # The parts across the sheet, graded in the row labelled "Judgement".
    assert form.section_grades == {"Voice of the child": GOOD, "Child and Family Plan": OUTSTANDING,
                                   "Lead Worker role": REQUIRES_IMPROVEMENT}
    # "Which child is the plan for?" asks for the child, whose name is then
    # kept out of every answer.
    assert form.extra["family_voice"] == ("Mum said the plan is written in words she understands, "
                                          "and that the child now has a say in it.")
    assert "Tyler" not in json.dumps(form.to_json())
    # A same-day referral to the council's front door is an urgent concern.
    assert form.urgent_concern is True


def test_a_part_numbered_in_a_cell_of_its_own_is_no_persons_name():
    form = parse_bytes(_plan_review(across=False), "review.xlsx", definitions())
    # "3.2 | Child and Family Plan": a number labels no one, so the part's
    # name is not taken for a relative's and redacted.
    assert form.section_grades["Child and Family Plan"] == OUTSTANDING


def test_a_persons_team_named_as_theirs():
    rows = [["Team Around the Family Audit"], [], ["EHM ID", "EH-661861"], ["Lead Worker", "Ryan Birtwistle"],
            ["Lead Worker's team", "Early Help Team South"], ["Auditor", "Colin Heap"], ["Date", "07/10/2026"],
            ["Overall grade", "Good"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert (form.practitioner, form.team) == ("Ryan Birtwistle", "Early Help Team South")



def test_a_standard_s_questions_under_their_own_headings_keep_its_rating_below():
    from openpyxl import load_workbook

    rows = [["Early Help Audit"], [], ["EH case no.", "EH-493797"], ["Auditor", "Colin Heap"], [],
            ["Standard 3: The child's voice and lived experience"],
            ["Audit question", None, None, None, "Answer", "Evidence / comment"],
            ["Has the child been seen and spoken with?", None, None, None, "No"],
            ["Are the child's wishes recorded in their own words?", None, None, None, "Partly"],
            ["What did you find?", "Visits are within timescales."],
            ["Rating for this standard", None, None, None, "requires improvement"], [],
            ["Overall grade", "Good"]]
    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Audit": rows})))
    workbook["Audit"].merge_cells("E11:F11")  # the rating across the answer and the evidence
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    # "Answer" and "Evidence / comment" head the questions' columns; no area
    # is named after them, and the standard keeps its rating.
    assert form.section_grades == {"Standard 3: The child's voice and lived experience": REQUIRES_IMPROVEMENT}


def test_a_conversation_audit_in_its_own_words():
    builder = DocxForm("Listening to Families: Conversation Audit")
    for line in ("Person completing this audit: Lynne Cartwright", "Conversation held on: 27th of October 2026",
                 "Early Help ID: EH/33838"):
        builder.paragraph(line)
    builder.table([["Worker supporting the family", "Ben Rigby"],
                   ["How was the conversation held?", "Visit at the family hub"],
                   ["What help have you had, and what did you think of it?",
                    "\u201cIt was the first time someone came back when they said they would.\u201d"],
                   ["What difference has the help made?", "Mum says the shouting has stopped."]])
    builder.paragraph("Did anything the family said make you worried that a child is not safe today?", bold=True)
    builder.paragraph("\u2612 Yes     \u2610 No")
    builder.paragraph("What happens next", bold=True)
    builder.paragraph("No further actions arising from this conversation.")
    builder.paragraph("Head of Service comments", bold=True)
    box = builder.table([["Name", None], ["Date read", None], ["Comments", None]])
    for row in box.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
        shade = row.cells[0]._tc.get_or_add_tcPr()
        fill = shade.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:fill"): "F2F2F2"})
        shade.append(fill)
    form = parse(builder)
    assert form.form == "conversation_audit" and form.ok, form.errors
    assert (form.auditor, form.date.isoformat(), form.practitioner) == ("Lynne Cartwright", "2026-10-27", "Ben Rigby")
    # "Visit at the family hub" is where the conversation was held, no label
    # of a team beside its question.
    assert form.extra["method"] == "Visit at the family hub"
    # The family's own words, without the quotation marks around them.
    assert form.extra["family_view"] == "It was the first time someone came back when they said they would."
    assert form.extra["difference_made"] == "Mum says the shouting has stopped."
    assert form.urgent_concern is True
    assert form.actions == []
    # The Head of Service's labels printed over boxes left empty: no moderation.
    assert not form.moderated


def test_a_text_field_s_option_left_standing_or_ticked_among_the_others():
    builder = DocxForm("Family Conversation Audit")
    builder.paragraph("Child ID: 3556621")
    line = builder.paragraph("How the conversation was held: ")
    for option, struck in (("Home visit", True), (" / ", False), ("Telephone call", True), (" / ", False),
                           ("Visit at the family hub", False)):
        add_run(line, option).font.strike = struck
    builder.paragraph("What the family told us: They felt listened to.")
    assert parse(builder).extra["method"] == "Visit at the family hub"
    builder = DocxForm("Family Conversation Audit")
    builder.paragraph("Child ID: 3556621")
    builder.paragraph("3. How we spoke with the family", bold=True)
    builder.paragraph("How the conversation was held: \u2610 Home visit    \u2610 Telephone call    \u2612 Video call (Microsoft Teams)"
                      "    \u2610 Visit at the family hub")
    builder.paragraph("What the family told us: They felt listened to.")
    assert parse(builder).extra["method"] == "Video call (Microsoft Teams)"


def test_a_deep_dive_into_a_theme_its_scope_asked_in_numbered_questions():
    builder = DocxForm("Deep Dive Review of the Multi-agency Response")
    for question, answer in (("1.1 What theme is this review testing?", "Children living with neglect"),
                             ("1.2 Who led the review?", "Sarah Hollins"),
                             ("1.4 When was the review completed?", "13 October 2026"),
                             ("1.6 How many children's experiences were looked at?", "4")):
        builder.paragraph(question, bold=True)
        builder.paragraph(answer)
    builder.paragraph("Tracked end to end: 9175825, 1685228")
    builder.paragraph("Case references: 7005838, 1674684")
    for number, area, grade in (("3.1", "Identifying the harm early", "Good"),
                                ("3.2", "Information sharing between partners", "Requires improvement")):
        builder.paragraph(f"{number} {area}", bold=True)
        builder.paragraph("Across the children: generally good.")
        builder.paragraph(f"Judgement: {grade}")
    builder.paragraph("Overall judgement: Good")
    form = parse(builder)
    # A deep dive into one theme across a few children's cases is a
    # thematic audit, multi-agency or not.
    assert form.form == "thematic_audit" and form.ok, form.errors
    assert form.extra["theme"] == "Children living with neglect"
    # Its numbered questions asking who and when are details, not areas,
    # though the areas below are numbered too.
    assert (form.auditor, form.date.isoformat()) == ("Sarah Hollins", "2026-10-13")
    assert form.extra["cases_sampled"] == 4
    # The sample listed in parts.
    assert form.extra["sampled_case_ids"] == ["9175825", "1685228", "7005838", "1674684"]
    assert form.section_grades == {"3.1 Identifying the harm early": GOOD,
                                   "3.2 Information sharing between partners": REQUIRES_IMPROVEMENT}


def test_a_theme_review_named_by_its_deep_dive():
    builder = DocxForm("Joint Inspection Theme Review")
    builder.paragraph("Deep dive theme: Neglect of older children")
    builder.paragraph("Number of children: 5")
    form = parse(builder)
    assert form.form == "thematic_audit"
    assert (form.extra["theme"], form.extra["cases_sampled"]) == ("Neglect of older children", 5)


def test_a_theme_review_its_areas_evaluated_and_what_is_making_a_difference():
    builder = DocxForm("Thematic Review")
    builder.paragraph("What theme is this review testing?", bold=True)
    builder.paragraph("Children's mental health \u2013 children aged 10 to 15 on a CIN or CP plan or looked after")
    builder.paragraph("Number of cases sampled: 4")
    for area, grade in (("3.1 Quality of assessment", "OUTSTANDING"), ("3.2 Planning and decision-making", "Good")):
        builder.paragraph(area, bold=True)
        builder.paragraph("What we found: strong in every child's record.")
        builder.paragraph(f"Evaluation: {grade}")
    builder.paragraph("Overall judgement: Good")
    builder.paragraph("What is making a difference for children", bold=True)
    builder.bullets("Children's own words were used in their plans.")
    form = parse(builder)
    # A theme may be a long line.
    assert form.extra["theme"] == ("Children's mental health \u2013 children aged 10 to 15 on a CIN or CP plan "
                                   "or looked after")
    # "Evaluation" grades the area as "Judgement" would.
    assert form.section_grades == {"3.1 Quality of assessment": OUTSTANDING, "3.2 Planning and decision-making": GOOD}
    assert form.strengths == ["Children's own words were used in their plans."]


def test_a_supervision_audit_its_supervisee_told_in_a_sentence_and_its_sessions_ticked_by_function():
    builder = DocxForm("Supervision Audit: the Four Functions")
    builder.paragraph("I read the supervision records of Sophie Tranter (team: Family Safeguarding Team 1), "
                      "supervised by Paul Gregson, for the period July to October 2026.")
    builder.paragraph("Auditor: Julie Barlow")
    builder.table([["Supervision on", "Management", "Support", "Development"],
                   ["27.07.26", "X", "X", "X"], ["23.08.26", "X", None, "X"]])
    for area, grade in (("Management function", "Good"), ("Support function", "Outstanding")):
        builder.paragraph(area, bold=True)
        builder.paragraph(f"Judgement: {grade}")
    builder.paragraph("Overall judgement: Good")
    form = parse(builder)
    assert form.form == "supervision_audit" and form.ok, form.errors
    # The audit's opening sentence names whose supervision, by whom, when.
    assert (form.practitioner, form.team) == ("Sophie Tranter", "Family Safeguarding Team 1")
    assert (form.extra["supervisor"], form.extra["period_covered"]) == ("Paul Gregson", "July to October 2026")
    # The functions heading the sessions' columns are no one's names, so the
    # areas named after them keep their names.
    assert form.section_grades == {"Management function": GOOD, "Support function": OUTSTANDING}


def test_a_row_of_values_under_a_row_of_labels_is_no_label_and_its_value():
    rows = [["Supervision Audit"],
            ["Worker whose records were read", "Practice supervisor"],
            ["Rachel Greenwood", "Andrew Booth"],
            ["Overall judgement", "Good"], [],
            ["Strengths"], ["Andrew Booth gives clear direction."]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert (form.practitioner, form.extra.get("supervisor")) == ("Rachel Greenwood", "Andrew Booth")
    # The supervisor is no relative of a child's, to be cut from the answers.
    assert form.strengths == ["Andrew Booth gives clear direction."]


def test_a_persons_name_is_no_label_of_the_name_beside_it():
    rows = [["Supervision Audit"], ["Records of", "Line manager"], ["Rachel Greenwood", "Andrew Booth"],
            ["Overall judgement", "Good"], [], ["Strengths"], ["Andrew Booth gives clear direction."]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    # "Rachel Greenwood | Andrew Booth" is a row of values, not a label and
    # a relative's name to cut from the answers.
    assert form.strengths == ["Andrew Booth gives clear direction."]


def test_a_feedback_conversation_record_asked_and_answered_in_the_family_s_words():
    builder = DocxForm(None)
    builder.paragraph("Listening to Families \u2013 Feedback Conversation Record", colour="00788A", bold=True)
    builder.paragraph("Offer the family a visit, a phone call or a video call. Send the form to the Early Help "
                      "quality assurance mailbox.")
    builder.paragraph("Conversation held by:\tLynne Cartwright\tRole:\tEarly Help Manager")
    builder.paragraph("Date:\t14/10/2026\tLead practitioner:\tKirsty Duckworth")
    builder.paragraph("Family ID:\tEH-103409")
    builder.paragraph("Early Help closed:\t04/09/2026")
    line = builder.paragraph("How we talked: ")
    add_run(line, "Home visit", highlight=True)
    add_run(line, " / Phone call / Teams call / At the family hub")
    builder.paragraph("We asked: What was the help like for you?")
    builder.paragraph("You said: They listened to what I wanted, and the plan felt like ours.")
    builder.paragraph("We asked: What difference has it made?")
    builder.paragraph("You said: The debt is sorted and the electric is back on.")
    form = parse(builder)
    assert form.form == "conversation_audit" and form.ok, form.errors
    # "Label:<tab>value<tab>Label:<tab>value" on one line.
    assert (form.auditor, form.practitioner, form.date.isoformat()) == ("Lynne Cartwright", "Kirsty Duckworth",
                                                                       "2026-10-14")
    # The option highlighted among the four.
    assert form.extra["method"] == "Home visit"
    # "We asked: …" over "You said: …": each question is its answer's label.
    assert form.extra["family_view"] == "They listened to what I wanted, and the plan felt like ours."
    assert form.extra["difference_made"] == "The debt is sorted and the electric is back on."


def test_a_conversation_with_the_family_told_in_the_first_person():
    builder = DocxForm(None)
    builder.paragraph("How Did We Do? Conversation with the Family", colour="C8102E", bold=True)
    builder.paragraph("Send the completed form to the Early Help quality assurance mailbox.")
    builder.paragraph("Early Help closed: 24/09/2026")
    builder.paragraph("On 20-Oct-2026 I, Lynne Cartwright (Team Manager \u2013 Early Help), spoke with the parents about "
                      "the help the family have had from Kirsty Duckworth (Early Help Team North, Early Help).")
    builder.paragraph("Family ID: EH-541743")
    builder.paragraph("What the family told us: They felt listened to.")
    builder.paragraph("What is different now?", bold=True)
    builder.paragraph("They know who to ring.")
    form = parse(builder)
    assert form.form == "conversation_audit" and form.ok, form.errors
    assert (form.auditor, form.practitioner, form.team, form.service) == (
        "Lynne Cartwright", "Kirsty Duckworth", "Early Help Team North", "Early Help")
    assert form.date.isoformat() == "2026-10-20"
    assert form.extra["difference_made"] == "They know who to ring."


@pytest.mark.parametrize("whole", ["Judgement for the whole sample", "SAMPLE JUDGEMENT", "Across the sample"])
def test_a_themed_audits_tracker_grades_each_area_in_the_row_for_the_whole_sample(whole):
    rows = [
        ["Northmoor Council – Children's Services"],
        ["Learning from Case Reviews: Themed Audit"],
        [],
        ["Theme", "Pre-birth assessment and planning", None, "Why this theme", "Findings of a local practice review"],
        ["Lead auditor", "Andrew Booth (Team Manager)", None, "Date of audit", "13/10/2026"],
        [],
        ["No.", "Ref", "Child(ren)", "Timely referral in pregnancy", "Involvement of fathers and partners",
         "Management oversight", "Comment"],
        [1, "MOS-2932607", "Darcey Adebayo", "Inadequate", "Good", "Good", "Plan not reviewed since conference"],
        [2, "MOS-2486403", "Aaliyah Pickering", "Good", "Outstanding", "Good", "Father not assessed"],
        [whole, None, None, "Requires improvement", "Good", "Good - recording is behind"],
        [],
        ["Overall judgement for this theme", None, None, "Good"],
        [],
        ["What has worked well?"],
        ["Strategy discussions were held promptly and partners attended."],
        ["What did not work well and why"],
        ["Escalation was not used where there had been no progress for several months."],
        ["Case summaries were not updated after significant events."],
    ]
    from openpyxl import load_workbook
    from openpyxl.styles import Font

    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Audit": rows})))
    workbook["Audit"]["A2"].font = Font(bold=True)  # the title
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "audit.xlsx", definitions())
    assert form.form == "thematic_audit" and form.ok, form.errors
    # "Theme | … | Why this theme | Findings of …": two labels and their
    # values, no table of evidence.
    assert (form.extra["theme"], form.auditor, form.date.isoformat()) == (
        "Pre-birth assessment and planning", "Andrew Booth", "2026-10-13")
    assert form.extra["sampled_case_ids"] == ["MOS-2932607", "MOS-2486403"]
    # The last row grades each area for the whole sample ("Involvement of
    # fathers and partners" names no family here).
    assert form.section_grades == {"Timely referral in pregnancy": REQUIRES_IMPROVEMENT,
                                   "Involvement of fathers and partners": GOOD,
                                   "Management oversight": GOOD}
    assert form.grade == GOOD
    assert form.strengths == ["Strategy discussions were held promptly and partners attended."]
    # "What did not work well" is what needs to improve; the form's title
    # ("Learning from …: Themed Audit") is no list of it.
    assert form.development_areas == ["Escalation was not used where there had been no progress for several months.",
                                      "Case summaries were not updated after significant events."]
    assert "Darcey" not in json.dumps(form.to_json())


def test_the_overall_row_known_by_its_meaning_marked_under_the_grade_columns_above():
    rows = [
        ["Thematic Audit Tracker"],
        ["Theme", "Hearing the voice of the child"],
        ["Lead auditor", "Jane Smith"],
        ["Date of audit", "20/10/2026"],
        [],
        ["Area of practice", "Outstanding", "Good", "Requires improvement", "Inadequate", "What we found"],
        ["Child seen and seen alone", None, "✓", None, None, "Consistent across most of the sample."],
        ["Feedback to the child", "✓", None, None, None, "Strong in every case sampled."],
        [],
        ["Overall grade across the sample", None, None, "✓"],
    ]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.form == "thematic_audit" and form.ok, form.errors
    assert form.section_grades == {"Child seen and seen alone": GOOD, "Feedback to the child": OUTSTANDING}
    assert form.grade == REQUIRES_IMPROVEMENT


def test_an_observation_s_people_side_by_side_and_each_criterion_s_descriptor_shaded():
    builder = DocxForm("Direct Practice Observation")
    people = builder.table([[None, "Observer", "Practitioner observed"], ["Name", "Jane Smith", "Daniel Price"],
                            ["Role", "Practice Manager", "Social Worker"], ["Team", "Assessment Team 2", "Assessment Team 1"]])
    shade(people.cell(0, 1), "DEEAF6")
    builder.paragraph("Date observed: 06/10/2026")
    builder.paragraph("Type of direct work: \u2610 Home visit   \u2610 Core group meeting   \u2612 Family time session")
    builder.paragraph("Child: Group session \u2013 no single child")
    builder.paragraph("Observation against the criteria", bold=True)
    grid = builder.table([["Criterion", "Good", "Outstanding", "Requires improvement", "Inadequate"],
                          ["Planning the direct work", "Planned, with a clear purpose.", "Purpose shared beforehand.",
                           "Some planning; the purpose was not clear.", "No evident planning."],
                          ["Evidence: Had read the latest partner information."],
                          ["Hearing the child", "The child was seen and their views sought.",
                           "The child's views shaped the work.", "The child was seen briefly.", "The child was not seen."]])
    grid.cell(2, 0).merge(grid.cell(2, 4))
    shade(grid.cell(1, 1), "BFBFBF")
    shade(grid.cell(3, 3), "BFBFBF")
    builder.paragraph("Criterion 3 \u2013 Building a working relationship", bold=True)
    builder.paragraph("How did the practitioner engage the family?")
    builder.paragraph("Evidence: Warm and unhurried.")
    builder.paragraph("Judgement: Outstanding")
    builder.paragraph("Criterion 4 \u2013 Agreeing next steps", bold=True)
    builder.paragraph("Evidence: Ended by agreeing who does what by when.")
    builder.paragraph("Judgement: Good")
    builder.paragraph("Overall judgement: Good")
    builder.paragraph("What went well", bold=True)
    builder.paragraph("Group session well planned; every parent joined in.")
    builder.paragraph("Learning plan", bold=True)
    builder.paragraph("\u2192 Shadow an experienced colleague's direct work session. (Daniel Price, by 30-Nov-2026)")
    form = parse(builder)
    assert form.form == "observation" and form.ok, form.errors
    # "| Observer | Practitioner observed" over "Name | …": each a column;
    # the team is the practitioner's.
    assert (form.auditor, form.practitioner, form.team) == ("Jane Smith", "Daniel Price", "Assessment Team 1")
    # The option ticked answers a label known by its meaning.
    assert form.extra["setting"] == "Family time session"
    # The descriptor shaded under its grade grades the criterion; the
    # evidence between the rows is no criterion of its own. "Criterion 4 –
    # Agreeing next steps" is an area by its own word, though "next steps"
    # names the actions.
    assert form.section_grades == {"Planning the direct work": GOOD, "Hearing the child": REQUIRES_IMPROVEMENT,
                                   "Criterion 3 \u2013 Building a working relationship": OUTSTANDING,
                                   "Criterion 4 \u2013 Agreeing next steps": GOOD}
    # "Group session – no single child" names no child: its words are not
    # taken out of the answers.
    assert form.strengths == ["Group session well planned; every parent joined in."]
    # The learning plan is the practitioner's actions, and by when.
    assert [action.due.isoformat() for action in form.actions] == ["2026-11-30"]


def test_an_answer_naming_another_form_still_answers_its_question():
    builder = DocxForm("Early Help Case Audit")
    builder.table([["EH reference", "EH/02101"], ["Auditor", "Colin Heap"], ["Date of audit", "20/10/2026"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Family feedback gathered (review / closure questionnaire)? Yes \u2013 at the last TAF review.")
    form = parse(builder)
    assert form.ok, form.errors
    # "TAF review" names a form, but here it answers the question.
    assert form.extra.get("feedback_sought") is True


@pytest.mark.parametrize("marked", ["bold options", "filled cells"])
def test_a_step_tracker_its_checkpoints_across_graded_down_their_columns(marked):
    from openpyxl import load_workbook
    from openpyxl.styles import Font, PatternFill

    areas = ["Threshold decision and the reasons for it", "Family and referrer kept informed"]
    grades = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    title = "Transitions Tracker \u2013 Early Help and Social Care" if marked == "bold options" \
        else "Step Transition Quality Tracker"
    rows = [[title], ["Northmoor Council \u2013 Children's Services"], [],
            ["The family and the step"], ["Child ID: 3388654" if marked == "bold options" else "Family ref (EH): 3388654"],
            ["Early Help practitioner: Farah Malik"],
            ["Reviewing manager: Lynne Cartwright"],
            ["Audit completed on: 6th of October 2026"], [],
            ["Referral / request", "Threshold decision", "Date of the step", "First contact by new worker"],
            ["04/08/2026", "07/08/2026", "11/08/2026", "14/08/2026"], [],
            ["Checkpoint", *areas], ["What the file shows", "The reasons are recorded.", "The referrer was not told."]]
    first = len(rows) + 1
    if marked == "bold options":
        rows += [["Grade (embolden one)", grades[0], grades[0]], *[[None, grade, grade] for grade in grades[1:]]]
    else:
        rows += [[grade] for grade in grades]
    rows += [[], ["Overall grade for this transition", "Good"]]
    workbook = load_workbook(io.BytesIO(xlsx_bytes({"Tracker": rows})))
    sheet = workbook["Tracker"]
    for column, chosen in ((2, "Good"), (3, "Requires improvement")):
        cell = sheet.cell(first + grades.index(chosen), column)
        if marked == "bold options":
            cell.font = Font(bold=True)
        else:
            cell.fill = PatternFill("solid", fgColor="A9D08E")
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "tracker.xlsx", definitions())
    # "Transitions tracker", "Step transition" name a step up / step down audit.
    assert form.form == "step_up_down_audit" and form.ok, form.errors
    # "The family and the step" over "Child ID: 3388654" (or "Family ref
    # (EH): …", a label known by its meaning over a reference) titles the
    # part; the line is a label and its value.
    assert form.case_id == "3388654"
    # A strip of dates: the one a field's label names.
    assert form.extra["transfer_date"] == "2026-08-11"
    # Each checkpoint's grade down its column, picked out in bold or filled
    # in ("Family and referrer kept informed" is no case reference).
    assert form.section_grades == {areas[0]: GOOD, areas[1]: REQUIRES_IMPROVEMENT}


def test_what_the_family_would_change_is_what_needs_to_improve():
    builder = DocxForm(None)
    builder.paragraph("Family Feedback Conversation Record", bold=True, colour="00703C")
    builder.paragraph("Conversation held by: Lynne Cartwright")
    builder.paragraph("Date: 14/10/2026")
    builder.paragraph("Family ID: EH-103409")
    builder.paragraph("What the family told us: They felt listened to.")
    builder.paragraph("What the family would change", bold=True)
    builder.paragraph("1) Too many different people came to the house at the start.")
    form = parse(builder)
    assert form.form == "conversation_audit" and form.ok, form.errors
    assert form.development_areas == ["Too many different people came to the house at the start."]


def test_a_multi_agency_audit_keeps_the_people_who_read_records_and_a_parent_quoted_out_of_its_answers():
    builder = DocxForm("Multi-agency Case Audit")
    builder.table([["Child ID", "MOS-6995411"], ["Date of audit", "05/10/2026"],
                   ["Lead auditor", "Colin Heap (Early Help Manager)"]])
    builder.paragraph("Record readers at the meeting", bold=True)
    builder.table([["Agency", "Records read by", "Role"], ["Children's Services", "Kerry Gledhill", "Reviewing Officer"],
                   ["Housing", "Craig Ormerod", "Tenancy Support Officer"]])
    builder.paragraph("III.  Agencies taking part", bold=True, colour="005EB8")
    builder.paragraph("Records were read by Jodie Tattersall (CAMHS); Stacey Dunleavy (Education).")
    builder.paragraph("Overall judgement: Good")
    builder.paragraph("Family feedback", bold=True)
    builder.paragraph("Chantelle told the auditors the school nurse was the person who listened most.")
    form = parse(builder)
    assert form.form == "multi_agency_audit" and form.ok, form.errors
    answers = json.dumps(form.to_json())
    # A parent named only in the family's words, as the one who spoke.
    assert "Chantelle" not in answers
    # Those who read each agency's records: the agencies are kept, the
    # people are not; a person's name is no service.
    assert form.service is None and "Kerry" not in answers
    assert {"CAMHS", "Education"} <= set(form.extra["agencies"]) and "Jodie" not in answers


def test_a_deep_dive_keeps_a_parent_quoted_and_the_record_readers_out_of_its_answers():
    builder = DocxForm("Thematic Deep Dive \u2013 Audit Record")
    builder.table([["Theme", "Unborn babies and babies under one"], ["Date of deep dive", "05/10/2026"],
                   ["Audit lead", "Colin Heap (Early Help Manager)"], ["No. of children", "2 children"]])
    builder.table([["Ref", "Age", "Stage"], ["MOS-6995411", "3 wks", "Pre-birth"], ["MOS-8055745", "4 mths", "CIN"]])
    builder.paragraph("Agencies taking part", bold=True)
    builder.table([["Agency", "Records read by", "Role", "At meeting?"],
                   ["Children's Services", "Kerry Gledhill", "Independent Reviewing Officer", "No"]])
    builder.paragraph("Overall judgement: Good")
    builder.paragraph("Family feedback", bold=True)
    builder.paragraph("Chantelle told the auditors the school nurse was the person who listened most.")
    form = parse(builder)
    assert form.form == "thematic_audit" and form.ok, form.errors
    answers = json.dumps(form.to_json())
    # A parent named only in the family's words, as the one who spoke; a
    # person's name beside an agency is no service.
    assert "Chantelle" not in answers and form.service is None
    assert form.extra["family_voice"] == "[name] told the auditors the school nurse was the person who listened most."


@pytest.mark.parametrize("answers", [["YES", "PARTLY", "NO"], ["Y", "P", "N"], ["Answer"]])
def test_each_standard_titled_over_its_checks_then_graded(answers):
    def checks(number: int, first: str) -> list[list[object]]:
        marks = [first, None, None] if len(answers) == 3 else [first]
        return [[f"{number}.1", "The assessment analyses the family's needs", *marks],
                [f"{number}.2", "Risks are named and weighed against strengths", *marks]]

    rows = [["Early Help Assessment and Plan: Audit Checklist"], [],
            ["Early Help number", "EHM334675"], ["Auditor", "Colin Heap"], ["Date completed", "14/10/2026"], []]
    for number, (name, grade) in enumerate((("Analysis of need and risk", "Good"),
                                            ("The family plan", "Requires improvement")), 1):
        rows += [[str(number), name, *answers], *checks(number, "\u25cf" if len(answers) == 3 else "Y"),
                 [None, "Evidence", "The plan is reviewed on time."], [None, "Grade for this standard", grade], []]
    rows += [["Overall judgement", "Good"]]
    form = parse_bytes(xlsx_bytes({"Checklist": rows}), "checklist.xlsx", definitions())
    assert form.form == "early_help_audit" and form.ok, form.errors
    # "1 | Analysis of need and risk | YES | PARTLY | NO" titles the
    # standard over its checks; its grade closes it.
    assert form.section_grades == {"Analysis of need and risk": GOOD, "The family plan": REQUIRES_IMPROVEMENT}


@pytest.mark.parametrize(("answer", "urgent"), [(["Yes", None, "No", "X"], False), (["Yes", "X", "No", None], True)])
def test_a_mark_in_a_cell_of_its_own_answers_the_yes_or_no_before_it(answer, urgent):
    rows = [["Early Help Assessment and Plan: Audit Checklist"], ["Early Help number", "EHM334675"],
            ["Auditor", "Colin Heap"], ["Date completed", "14/10/2026"], ["Overall judgement", "Good"], [],
            ["Did the audit find a risk of significant harm that needs a referral to Children's Social Care now?",
             None, *answer]]
    form = parse_bytes(xlsx_bytes({"Checklist": rows}), "checklist.xlsx", definitions())
    assert form.ok, form.errors
    # ("Yes | | No | X" is No: a false alert had gone to the QA team.)
    assert form.urgent_concern is urgent


def _checklist(*rows: list[object], title: str = "Early Help Assessment and Plan: Audit Checklist",
               colours: dict | None = None):
    head = [[title], [], ["Early Help number", "EHM334675"], ["Auditor", "Colin Heap"],
            ["Date completed", "14/10/2026"], []]
    return parse_bytes(xlsx_bytes({"Checklist": head + [list(row) for row in rows]}, colours=colours),
                       "checklist.xlsx", definitions())


def test_words_after_the_overall_label_say_what_is_judged_and_the_grade_is_beside_them():
    form = _checklist(["Overall judgement – quality of the EHA and family plan", None, "Req. Imp."])
    assert form.ok, form.errors
    # ("quality of the EHA and family plan" was read as the grade, the form
    # sent back for a grade it had.)
    assert form.grade == REQUIRES_IMPROVEMENT


def test_a_bare_name_beside_a_date_of_birth_is_the_childs():
    form = _checklist(["Name", "Ibrahim Kowalczyk", "DOB", "18/06/2024"], ["Overall judgement", "Good"],
                      ["What the family told us"],
                      ["Mum said the plan is written in words she understands, and that Ibrahim now has a say in it."])
    assert form.ok, form.errors
    # The child the details name is "the child" in the answers, as under
    # "Child's name"; a relative's name would be [name].
    assert form.extra["family_voice"] == \
        "Mum said the plan is written in words she understands, and that the child now has a say in it."


def test_a_quality_checklist_of_an_early_help_assessment_is_an_early_help_audit():
    form = _checklist(["Overall judgement", "Good"], title="Early Help Assessment – Quality Checklist")
    assert form.form == "early_help_audit", form.form


def test_a_comments_column_beside_a_standards_title_leaves_the_title_the_standards():
    rows = []
    for number, (name, grade) in enumerate((("Analysis of need and risk", "Good"),
                                            ("The family plan", "Requires improvement")), 1):
        rows += [[str(number), name, "Answer", None, None, None, "Head of Early Help comment"],
                 [f"{number}.1", "The assessment analyses the family's needs", "Y"],
                 [None, "Evidence", "The plan is reviewed on time.", None, None, None, "Agree with the auditor."],
                 [None, "Grade", grade], []]
    form = _checklist(*rows, ["Overall judgement", "Good"])
    assert form.ok, form.errors
    assert form.section_grades == {"Analysis of need and risk": GOOD, "The family plan": REQUIRES_IMPROVEMENT}


def test_a_grade_the_moderator_confirms_in_their_own_ink_is_the_moderated_grade():
    rows = [["Overall judgement", "Good"], [], ["Head of Service moderation"],
            ["Moderated by Mark Ellison, Head of Service, on 26th of October 2026."],
            ["Judgement confirmed: Good."]]
    colours = {("Checklist", 6 + len(rows) - offset, 1): "0070C0" for offset in (0, 1)}
    form = _checklist(*rows, colours=colours)
    assert form.ok, form.errors
    assert form.moderated_grade == GOOD


def test_a_second_grade_under_the_moderators_column_head_is_the_moderated_grade():
    form = _checklist(["Overall quality of the assessment and plan"],
                      [None, None, "Auditor", None, "Head of Early Help (moderated)"],
                      ["Overall grade", None, "Good", None, "Outstanding"])
    assert form.ok, form.errors
    assert (form.grade, form.moderated_grade, form.final_grade) == (GOOD, OUTSTANDING, OUTSTANDING)


_FOUR = ("Outstanding", "Good", "Requires Improvement", "Inadequate")


def _four_in_a_cell(table, row: int, column: int, chosen: str, struck: bool = False) -> None:
    """The four grades printed in one cell, `chosen` highlighted (or the
    others struck through)."""
    paragraph = cell_paragraph(table, row, column)
    for index, grade in enumerate(_FOUR):
        if index:
            add_run(paragraph, "  |  ")
        run = add_run(paragraph, grade, highlight=grade == chosen and not struck)
        run.font.strike = struck and grade != chosen


def _step_review(reviewer: bool = True) -> DocxForm:
    builder = DocxForm("Step Up / Step Down Audit")
    builder.table([["WCCIS no.", "7913891"], *([["Reviewed by", "Colin Heap"]] if reviewer else []),
                   ["Date of review", "19/10/2026"]])
    return builder


def test_questions_each_graded_in_a_box_of_the_four_grades_after_its_answer():
    builder = _step_review()
    asked = {"Q1. Decision to step up or step down": "Good",
             # (Words that also mean a field's label: the transfer's date.)
             "Q3. Timeliness of transfer": "Requires Improvement",
             # (A question about a sign-off is an area, not the moderation.)
             "Q5. Did a manager sign off the decision, with reasons?": "Outstanding"}
    for title, chosen in asked.items():
        builder.paragraph(title, bold=True)
        builder.paragraph("Is the threshold of need referred to, and is the decision consistent with it?")
        builder.paragraph("A: The plan is reviewed on time and the family understand what needs to change.")
        _four_in_a_cell(builder.table([["Grade", None]]), 0, 1, chosen)
    _four_in_a_cell(builder.table([["Overall grade", None]]), 0, 1, "Good")
    form = parse(builder)
    assert form.ok, form.errors
    assert form.section_grades == {"Q1. Decision to step up or step down": GOOD,
                                   "Q3. Timeliness of transfer": REQUIRES_IMPROVEMENT,
                                   "Q5. Did a manager sign off the decision, with reasons?": OUTSTANDING}
    assert (form.grade, form.moderated_grade) == (GOOD, None)


def test_numbered_questions_across_the_page_each_graded_by_the_grade_left_standing():
    builder = _step_review()
    table = builder.table([
        ["Question", "Q1. Decision to step up or step down", "Q2. Information shared at transfer",
         "Q3. Timeliness of transfer"],
        ["Evidence", "The reasons are recorded.", "The plan was sent across.", "Seen within a week."],
        ["Grade", None, None, None],
    ])
    for column, chosen in enumerate(("Good", "Inadequate", "Outstanding"), 1):
        _four_in_a_cell(table, 2, column, chosen, struck=True)
    builder.table([["Overall grade", "Good"]])
    form = parse(builder)
    assert form.ok, form.errors
    assert form.section_grades == {"Q1. Decision to step up or step down": GOOD,
                                   "Q2. Information shared at transfer": INADEQUATE,
                                   "Q3. Timeliness of transfer": OUTSTANDING}


def test_a_question_titling_its_evidence_and_grade_whatever_the_evidence_column_is_called():
    builder = _step_review()
    table = builder.table([["Question 1: Was the threshold applied and the reason for the step clearly recorded?"],
                           [None, None], ["The plan has too many actions without named owners.", "Requires improvement"]])
    for column, head in enumerate(("What the record shows", "Grade")):
        add_run(cell_paragraph(table, 1, column), head, bold=True)
    builder.table([["Overall grade", "Good"]])
    form = parse(builder)
    assert form.section_grades == {
        "Question 1: Was the threshold applied and the reason for the step clearly recorded?": REQUIRES_IMPROVEMENT}


def test_the_decision_reviewed_is_the_step():
    builder = _step_review()
    builder.table([["What decision is being reviewed?", "Step up to Children's Social Care"],
                   ["Who made the decision?", "Joint decision at the hub's daily meeting"],
                   ["Overall grade", "Good"]])
    form = parse(builder)
    assert form.extra["direction"] == "Step up to Children's Social Care"


def test_shaded_headings_in_tables_of_their_own_title_the_answers_below_them():
    builder = _step_review(reviewer=False)
    builder.table([["Overall grade", "Good"]])
    add_run(cell_paragraph(builder.table([[None]]), 0, 0), "Section 4 – What the family told us about the step", bold=True)
    builder.paragraph("The family feel listened to and say the meetings are at times that suit them.")
    builder.paragraph("Present at the transfer meeting: Parent / carer (Lisa Ormerod), "
                      "Samuel Ormerod (family friend), youth worker, school family liaison officer")
    add_run(cell_paragraph(builder.table([[None]]), 0, 0), "Section 6 – Actions", bold=True)
    builder.paragraph("\u2192 Update the chronology. (Social worker) \u2013 by 10/11/2026")
    builder.paragraph("Signed (reviewer): Colin Heap (Families First Manager)")
    form = parse(builder)
    assert form.ok, form.errors
    # The list of who came ends the family's words; its names, not its other
    # words ("school family liaison officer"), are redacted.
    assert form.extra["family_voice"] == "The family feel listened to and say the meetings are at times that suit them."
    assert [(action.action, action.due.isoformat()) for action in form.actions] == \
        [("Update the chronology. (Social worker)", "2026-11-10")]
    assert form.auditor == "Colin Heap"
    text = json.dumps(form.to_json())
    assert "Ormerod" not in text


def test_a_question_about_a_sign_off_is_an_area_not_the_moderation():
    builder = _step_review()
    builder.table([["Question 5: Did a manager sign off the decision, with reasons?"],
                   ["Evidence", "Grade"], ["Management oversight is recorded in both services.", "Good"]])
    builder.table([["Overall grade for the decision", "Requires improvement"]])
    form = parse(builder)
    assert form.section_grades == {"Question 5: Did a manager sign off the decision, with reasons?": GOOD}
    # (Read as the moderation's part, the grade after it was the moderator's.)
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, None)


def test_a_step_in_its_own_words_under_a_short_label_is_the_step():
    builder = _step_review()
    builder.table([["Route in \u2192", "Decided by \u2192", "Decision \u2192", "Transfer date"],
                   ["The closing review recommended a step down", "Team manager at the final review",
                    "Step down to Early Help", "24.08.26"]])
    builder.table([["Overall grade", "Good"]])
    form = parse(builder)
    assert (form.extra["direction"], form.extra["transfer_date"]) == ("Step down to Early Help", "2026-08-24")


def test_areas_coded_under_the_questions_that_group_them_each_evaluated():
    rows = [["Case File Audit – Quality Evaluation"], [], ["Mosaic no.", "CS-2116549"], ["Audited by", "Sarah Hollins"],
            ["Date of audit", "02/10/2026"], [],
            ["A. How well is the child's life improving?", None, "Evidence from the record", None, "Our evaluation"],
            ["A1", "Impact on the child and family", "The plan is out of date.", None, "inadequate"],
            ["A2", "Seeing and hearing the child", "Seen alone at each visit.", None, "Good"], [],
            # (Its words hold a grade's, "good": a title still.)
            ["C. How good are leadership and recording?", None, "Evidence from the record", None, "Our evaluation"],
            ["C1", "Leadership and management oversight", "Supervision is regular.", None, "RI"], [],
            ["Overall evaluation of practice for this child", None, None, None, "Requires improvement"], [],
            ["Areas of particular strength"], ["Supervision is regular and gives clear direction."], [],
            ["Head of Service moderation"], ["Head of Service", None, "Mark Ellison"],
            ["Evaluation after moderation", None, "Inadequate"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows}), "audit.xlsx", definitions())
    assert form.ok, form.errors
    assert form.section_grades == {"Impact on the child and family": INADEQUATE, "Seeing and hearing the child": GOOD,
                                   "Effective leadership and management oversight": REQUIRES_IMPROVEMENT}
    assert form.strengths == ["Supervision is regular and gives clear direction."]
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, INADEQUATE)


def _practice_conversation(*, spoke: bool, details_in_a_sentence: bool = False) -> DocxForm:
    builder = DocxForm("Practice Conversation Audit")
    if details_in_a_sentence:
        builder.paragraph("Conversation held on 22nd of October 2026 at 14:00 between Liam Doherty (QA Practice Lead) "
                          "and Sophie Tranter, Advanced Practitioner (Family Safeguarding Team 1, Assessment and Child "
                          "Protection), about Jayden McAllister.")
        builder.table([["Ref", "MOS-2059833"]])
    else:
        builder.table([["Case ref.", "3700196"], ["Worker", "Sophie Tranter"], ["Reviewer", "Liam Doherty"],
                       ["Date of conversation", "20/10/2026"]])
    builder.table([["Time", "Prompt", "What was said", "Grade"],
                   ["09:30", "The child's day-to-day life", "Sophie described Jayden's day hour by hour.", "Good"],
                   ["09:45", "The worries and why we are involved", "Sophie was clear about the worries.", "RI"]])
    builder.paragraph("Was the family's feedback sought as part of this audit?", bold=True)
    builder.paragraph("\u2612 Yes      \u2610 No" if spoke else "\u2610 Yes      \u2612 No")
    if spoke:
        builder.paragraph("In the family's words", bold=True)
        builder.paragraph("Dad said he felt left out at the start, but Sophie now rings him before every meeting.")
    builder.paragraph("Auditor's overall judgement: good")
    builder.paragraph("Actions", bold=True)
    builder.paragraph("\u2192 Share the learning at the team meeting. Liam Doherty, by 23/11/2026.")
    builder.paragraph("Practitioner's reflection: I found it useful to hear how the family see the help.")
    builder.paragraph("Does anything need to happen today to keep a child safe?", bold=True)
    builder.paragraph("\u2612 Yes      \u2610 No")
    return builder


def test_a_conversation_logged_by_time_each_prompt_graded_and_a_child_to_keep_safe_today():
    form = parse(_practice_conversation(spoke=True))
    assert form.form == "conversation_audit" and form.ok, form.errors
    # ("Time" numbers the log's rows; "What was said" is the evidence.)
    assert form.section_grades == {"The child's day-to-day life": GOOD,
                                   "The worries and why we are involved": REQUIRES_IMPROVEMENT}
    assert form.extra["feedback_sought"] is True
    # The practitioner's reflection after the actions is none of them.
    assert len(form.actions) == 1
    assert form.urgent_concern is True


def test_a_conversation_the_family_could_not_join_is_not_sent_back_for_their_words():
    form = parse(_practice_conversation(spoke=False))
    assert form.ok, form.errors
    assert form.extra["feedback_sought"] is False
    assert any("family were not spoken to" in warning for warning in form.warnings)


def test_who_held_the_conversation_with_whom_told_in_one_sentence():
    form = parse(_practice_conversation(spoke=True, details_in_a_sentence=True))
    assert form.ok, form.errors
    assert (form.auditor, form.practitioner, form.team, form.service) == \
        ("Liam Doherty", "Sophie Tranter", "Family Safeguarding Team 1", "Assessment and Child Protection")
    assert form.date.isoformat() == "2026-10-22"
    # The worker, known, keeps their name in the family's words; the child's is removed.
    assert form.extra["family_view"] == \
        "Dad said he felt left out at the start, but Sophie now rings him before every meeting."
    assert "Jayden" not in json.dumps(form.to_json())


def test_a_service_named_over_a_step_is_the_service_not_the_steps_label():
    builder = _step_review()
    builder.table([["Service", "Early Help"], ["Transfer", "Step up to Children's Social Care"],
                   ["Overall grade", "Good"]])
    form = parse(builder)
    assert (form.service, form.extra["direction"]) == ("Early Help", "Step up to Children's Social Care")



def _bold_cells_workbook(rows: list[list[object]], bold: set[tuple[int, int]]) -> bytes:
    """One sheet of `rows`; the cells at (row, column), counted from 1, in bold."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for row, column in bold:
        sheet.cell(row, column).font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_rubric_of_descriptors_each_area_graded_by_the_one_in_bold():
    rows = [["Practice Week Observation Grid"], [],
            ["Who observed?", "Paul Gregson"], ["Whose practice was observed?", "Sophie Tranter"],
            # (A job title answering its label, though "Social worker" labels a practitioner elsewhere.)
            ["Their role?", "Social Worker"], ["Which team?", "Family Safeguarding Team 1"],
            ["When did the observation take place?", "14/10/2026"], ["Child's case reference?", "CSC/1421323"], [],
            ["Area of practice", "Inadequate", "RI", "Good", "Outstanding", "Evidence"],
            ["Preparation and purpose", "No preparation evident.", "Some preparation, purpose unclear.",
             "Clear purpose, explained at the start.", "Thorough preparation, shared beforehand.", "Seen in part."],
            ["Listening to the child", "The child was not heard.", "Asked, but the adults dominated.",
             "Listened to and checked back.", "Words and play shaped the session.", "Warm and attentive."], [],
            ["Overall grade for the practice observed", "Requires improvement"], [],
            ["HoS moderation"], ["Comments", "Not sampled for moderation this Practice Week."]]
    form = parse_bytes(_bold_cells_workbook(rows, {(11, 3), (12, 4)}), "grid.xlsx", definitions())
    assert form.form == "observation" and form.ok, form.errors
    assert (form.practitioner, form.team) == ("Sophie Tranter", "Family Safeguarding Team 1")
    assert form.section_grades == {"Preparation and purpose": REQUIRES_IMPROVEMENT, "Listening to the child": GOOD}
    # A box saying the observation was not sampled is no moderation.
    assert (form.moderated_grade, form.moderator_comments) == (None, [])


def _voice_workbook(rows: list[list[object]], styles: dict[tuple[int, int], dict]) -> bytes:
    """One sheet of `rows`; (row, column), counted from 1, -> font and fill:
    {"bold": True, "strike": True, "fill": "FFFF00"}."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for (row, column), style in styles.items():
        cell = sheet.cell(row, column)
        cell.font = Font(bold=style.get("bold", False), strike=style.get("strike", False))
        if "fill" in style:
            cell.fill = PatternFill("solid", fgColor=style["fill"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("picked", [{"fill": "FFFF00", "bold": True}, "others struck"])
def test_a_family_voice_workbook_its_questions_and_options(picked):
    rows = [["Family Voice Conversation"], [],
            ["Ref no.", "2795512"], ["Lead professional", "Ryan Birtwistle"],
            ["Name of person speaking with the family", "Colin Heap (Early Help Manager)"],
            ["Date we spoke", "09/10/2026"],
            ["How did we speak to the family?", "Home visit", "Telephone call", "Video call", "Visit at the family hub"],
            [],
            ["What the family said", "Was the help there when you needed it?", "Did you feel part of the plan?",
             "What difference it made"],
            ["I'd ring Ryan myself if things went wrong.", "Mostly.", "Yes.", "The mornings are calmer."], [],
            ["The family's views"], ["Q1  What the family told us about the help"], ["Everything was explained."],
            ["Q2  Did you get the right help, in the right place, at the right time?"], ["Yes, within the week."]]
    chosen = {(7, 4): picked} if isinstance(picked, dict) else \
        {(7, column): {"strike": True} for column in (2, 3, 5)}
    headings = {(13, 1): {"bold": True, "fill": "F2F2F2"}, (15, 1): {"bold": True, "fill": "F2F2F2"}}
    form = parse_bytes(_voice_workbook(rows, chosen | headings), "voice.xlsx", definitions())
    assert form.form == "conversation_audit" and form.ok, form.errors
    assert (form.auditor, form.date.isoformat(), form.extra["method"]) == ("Colin Heap", "2026-10-09", "Video call")
    # (The questions between the two boxes head answers the form keeps no field for.)
    assert form.extra["difference_made"] == "The mornings are calmer."
    assert form.extra["family_view"].startswith("I'd ring Ryan myself")


def test_each_question_printed_as_a_heading_ends_the_answer_before_it():
    heading = {"bold": True, "fill": "F2F2F2"}
    rows = [["Family Voice Conversation"], [], ["EHM ID", "EH/23261"], ["Early Help practitioner", "Amy Stott"],
            ["Completed by", "Colin Heap"], ["Date", "09/10/2026"], [],
            ["The family's views"], ["Q1  What the family told us about the help"], ["Everything was explained."],
            ["Q2  Did you get the right help, in the right place, at the right time?"], ["Yes, within the week."],
            ["Q3  What has changed for the family"], ["The mornings are calmer."]]
    styles = {(row, 1): heading for row in (9, 11, 13)}
    form = parse_bytes(_voice_workbook(rows, styles), "voice.xlsx", definitions())
    # ("Family Voice Conversation" names the kind, whatever Early Help labels it holds.)
    assert form.form == "conversation_audit" and form.ok, form.errors
    assert (form.extra["family_view"], form.extra["difference_made"]) == \
        ("Everything was explained.", "The mornings are calmer.")


def test_a_safety_question_the_bot_cannot_read_is_asked_about_never_taken_for_a_no():
    builder = DocxForm("Case File Audit")
    builder.table([["Child ID", "1234567"], ["Auditor", "Jo Marsh"], ["Date of audit", "14/10/2026"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Would you be worried about this child's safety if you left them tonight?", bold=True)
    builder.paragraph("Yes – the child was left alone overnight twice last week.")
    form = parse(builder)
    assert form.urgent_concern is False
    assert any(warning.startswith("The form asks \"Would you be worried about this child's safety")
               and "tell the Head of Service today" in warning for warning in form.warnings)


def test_a_safety_question_read_and_answered_no_asks_nothing():
    builder = DocxForm("Case File Audit")
    builder.table([["Child ID", "1234567"], ["Auditor", "Jo Marsh"], ["Date of audit", "14/10/2026"],
                   ["Overall grade", "Good"], ["Are there any urgent concerns for the child's safety?", "No"]])
    assert not any("asks" in warning for warning in parse(builder).warnings)


def test_two_labels_to_a_row_in_bold_are_no_options_to_pick_from():
    builder = DocxForm("Early Help Quality Assurance Audit")
    table = builder.table([[None, "4296952", None, "Early Help Team North"],
                           [None, "Mark Ellison, Head of Service", None, "12 Oct 2026"],
                           [None, "Early Help", None, "School nurse"], [None, "Good"]])
    for row, labels in enumerate((("Early Help ref", "Hub"), ("QA completed by", "Date of QA"),
                                  ("Service", "Lead agency"), ("Overall judgement",))):
        for column, label in zip((0, 2), labels):
            add_run(cell_paragraph(table, row, column), label, bold=True)
    form = parse(builder)
    # (Bold, as a label is, "Date of QA" and "Lead agency" had been taken
    # for the option picked out of three.)
    assert (form.auditor, form.date.isoformat(), form.service) == ("Mark Ellison", "2026-10-12", "Early Help")


def _observation_asking(question: str, answer: str) -> DocxForm:
    builder = DocxForm("Observation of Practice")
    builder.table([["Child ID", "1234567"], ["Observer", "Jo Marsh"], ["Practitioner observed", "Ben Rigby"],
                   ["Date of observation", "14/10/2026"], ["Overall grade", "Good"]])
    builder.paragraph("Safety today", bold=True)
    builder.table([[question, answer]])
    return builder


def test_a_question_whether_any_child_is_unsafe_now_is_the_urgent_question_in_any_words():
    question = "Did you see or hear anything during the observation that means a child may not be safe today?"
    concern = parse(_observation_asking(question, "Yes \u2612   No \u2610"))
    assert concern.urgent_concern is True
    none = parse(_observation_asking(question, "Yes \u2610   No \u2612"))
    # (Read, the No is no concern and nothing is asked.)
    assert none.urgent_concern is False and not any(w.startswith("The form asks") for w in none.warnings)
    returned = parse(_observation_asking("Were any cases returned to the team manager for immediate action?", "Yes"))
    assert returned.urgent_concern is True


def test_a_question_about_the_cases_history_or_a_child_being_safe_is_no_urgent_concern():
    # A checklist's question about what was done, and a question whose Yes
    # says the child is safe: neither Yes is a concern to act on now.
    for question in ("Was immediate action taken when the risk was identified?", "Is the child safe today?"):
        assert parse(_observation_asking(question, "Yes")).urgent_concern is False, question


def _review_of_a_move(move) -> DocxForm:
    """A review of one case's move whose title names no kind: the step
    given by `move(builder)`."""
    builder = DocxForm(None)
    builder.paragraph("Family Support Hubs: early intervention and whole family support", bold=True, colour="00703C")
    builder.paragraph("Review of a Move Between the Hub and Social Work", bold=True, colour="00703C")
    builder.paragraph("A. About the move", bold=True)
    move(builder)
    builder.table([["Reference", "EH-768709"], ["Reviewer", "Lynne Cartwright"], ["Review date", "21/10/2026"],
                   ["Overall grade", "Good"]])
    return builder


def test_a_review_of_one_move_is_a_step_audit_and_its_step_is_read_however_it_is_stated():
    def struck(builder):
        builder.paragraph("Step:")
        paragraph = builder.paragraph("(strike through the one that does not apply)")
        paragraph = builder.paragraph()
        add_run(paragraph, "Step up to Children's Social Care      ")
        add_run(paragraph, "Step down to Early Help").font.strike = True

    layouts = {
        "stated in a table": lambda builder: builder.table([
            ["From", "The move", "To"],
            ["Family Support Hub (early help)", "\u27a1 Step up to Children's Social Care", "Social work area team"]]),
        "the other struck through": struck,
        "asked in its own words": lambda builder: builder.table([
            ["Which way did the family move?", "Step up to Children's Social Care"],
            ["When did the move take effect?", "21/09/2026"]]),
    }
    for name, move in layouts.items():
        form = parse(_review_of_a_move(move))
        assert form.form == "step_up_down_audit", name
        assert form.extra["direction"] == "Step up to Children's Social Care", name
        # (The service's strapline over the title is no team.)
        assert form.team is None, name
    assert parse(_review_of_a_move(layouts["asked in its own words"])).extra["transfer_date"] == "2026-09-21"
    # (Asked which way, the answer is the step whatever its words.)
    builder = DocxForm("Step Up / Step Down Audit")
    builder.table([["Reference", "EH-768709"], ["Auditor", "Lynne Cartwright"], ["Date of audit", "21/10/2026"],
                   ["Which way did the family move?", "Stepped up"], ["Overall grade", "Good"]])
    assert parse(builder).extra["direction"] == "Stepped up"


def test_both_steps_left_standing_are_asked_about_never_guessed():
    form = parse(_review_of_a_move(lambda builder: builder.paragraph(
        "Step up to Children's Social Care      Step down to Early Help")))
    assert form.form == "step_up_down_audit" and form.extra.get("direction") is None


def test_a_numbered_area_naming_the_teams_is_an_area_not_a_team():
    builder = _review_of_a_move(lambda builder: builder.paragraph("\u27a1 Step up to Children's Social Care"))
    for title, question, grade in (("1. The decision and the reasons for it", "Was the move the right one?", "Good"),
                                   ("2. The handover between the teams",
                                    "Did the receiving team get the assessment and the plan?", "Requires improvement")):
        builder.paragraph(title, bold=True)
        builder.paragraph(question)
        builder.paragraph("What I found: The chronology is incomplete for the last six months.")
        builder.paragraph(f"Grade: {grade}")
    form = parse(builder)
    assert form.team is None
    assert form.section_grades == {"1. The decision and the reasons for it": GOOD,
                                   "2. The handover between the teams": REQUIRES_IMPROVEMENT}


def test_a_reviews_questions_graded_in_a_table_of_their_own():
    builder = _review_of_a_move(lambda builder: builder.paragraph("\u27a1 Step down to Early Help"))
    builder.table([["Question", "Grade"], ["The decision and the reasons for it", "Good"],
                   ["Pace of the move", "Inadequate"]])
    assert parse(builder).section_grades == {"The decision and the reasons for it": GOOD, "Pace of the move": INADEQUATE}


def test_a_parts_title_over_a_table_of_its_own_boxes_and_a_prompt_over_the_familys_words():
    builder = _review_of_a_move(lambda builder: builder.paragraph("\u27a1 Step down to Early Help"))
    builder.paragraph("Part D \u2013 The child's and family's views on the move", bold=True)
    builder.paragraph("In their words, where possible:")
    builder.paragraph("Dad said he was not invited to the first meeting but feels included now.")
    builder.paragraph("Part E \u2013 Learning from this move", bold=True)
    table = builder.table([["Worked well"], ["The assessment was written with the family."], ["Needs to improve"],
                           ["The chronology has not been updated."]])
    for row in (0, 2):
        table.cell(row, 0).paragraphs[0].runs[0].bold = True
    form = parse(builder)
    assert form.extra["family_voice"] == "Dad said he was not invited to the first meeting but feels included now."
    assert (form.strengths, form.development_areas) == (["The assessment was written with the family."],
                                                        ["The chronology has not been updated."])


def _youth_justice_audit() -> DocxForm:
    builder = DocxForm("Multi-Agency Case Audit \u2013 Youth Justice Service")
    builder.table([["Young person", "Darcey Holroyd"], ["Case number", "CS-3373168"],
                   ["Disposal", "Youth Conditional Caution"], ["Auditor", "Jane Smith"], ["Date of audit", "13/10/2026"]])
    return builder


def test_each_line_of_enquiry_in_a_box_of_its_own_is_an_area():
    builder = _youth_justice_audit()
    builder.paragraph("Key lines of enquiry", bold=True)
    for number, (name, grade) in enumerate((("Was the child heard and involved?", "Good"),
                                            ("Did partners share what they knew?", "Inadequate")), 1):
        table = builder.table([[None]])
        cell = table.cell(0, 0)
        add_run(cell.paragraphs[0], f"Line of enquiry {number}", bold=True)
        for line, bold in ((name, True), ("Child's own words, parents' views.", False),
                           ("Findings: Partners contribute to the plan.", False), (f"Grade: {grade}", False)):
            add_run(cell.add_paragraph(), line, bold=bold)
    builder.paragraph("Overall judgement: Good")
    form = parse(builder)
    assert form.section_grades == {"Was the child heard and involved?": GOOD, "Did partners share what they knew?": INADEQUATE}
    assert form.grade == GOOD


def test_the_agencies_ticked_down_the_first_column_under_an_instruction_to_tick_them():
    builder = _youth_justice_audit()
    builder.paragraph("Who took part", bold=True)
    builder.paragraph("Tick each agency that contributed to the audit:")
    builder.table([["\u2612  Youth Justice Service", "Kofi Asante, YJS case manager"],
                   ["\u2610  Police", None], ["\u2612  Housing", "Bethan Rowlands, Housing officer"]])
    builder.paragraph("Overall judgement: Good")
    form = parse(builder)
    assert form.extra["agencies"] == ["Youth Justice Service", "Housing"]
    # (A court's or police's disposal names no one: "Youth" is never redacted.)
    assert "[name]" not in json.dumps(form.to_json())


def test_a_workbooks_standards_numbered_by_a_letter_and_graded_by_options_or_a_mark():
    from forms_helpers import xlsx_bytes

    rows = [["Case File Audit Workbook"], ["Case information"], ["Child's ID", "C9608504"],
            ["Keyworker (SW)", "Grace Adeyemi"], ["Team", "Assessment Team 2"], ["Auditor", "Jane Smith"],
            ["Date completed", "09/10/2026"], [],
            ["S1", "Working with the family"], ["What we expect to see", "The family are partners in the work."],
            ["Evidence from the file", "The plan is out of date."], ["Judgement", "Requires improvement"], [],
            ["Standard 2", "Assessment"], ["Evidence from the file", "The assessment is analytical."],
            ["Judgement", "Good"]]
    signed = [["Case File Audit Workbook \u2013 sign-off"], [], ["Auditor's judgement"],
              ["Key:  1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate"],
              ["OVERALL GRADE FOR THIS CHILD'S CASE", "2"]]
    form = parse_bytes(xlsx_bytes({"Audit": rows, "Sign-off": signed}), "audit.xlsx", definitions())
    assert form.section_grades == {"Working with the family": REQUIRES_IMPROVEMENT, "Assessment": GOOD}
    # The key printed under a title is no grade; the grade is the mark on it.
    assert form.grade == GOOD and not form.warnings, form.warnings
    # A keyworker is the practitioner, and an area's name is no one's:
    # "Assessment" stays in the team's name.
    assert (form.practitioner, form.team) == ("Grace Adeyemi", "Assessment Team 2")


def test_each_area_in_a_table_of_its_own_graded_on_its_last_row():
    grades = ("Outstanding", "Good", "Requires improvement", "Inadequate")
    builder = DocxForm("EHA and Family Plan Audit Tool")
    builder.table([["Family's EHM number", "4263738"], ["Auditor", "Lynne Cartwright"], ["Audit date", "09/10/2026"],
                   ["Overall quality of the Early Help Assessment", "Good"]])
    # The grade picked out by how it is printed, or the cell under it shaded.
    picked = builder.table([["1.  Voice of the child"], ["Evidence: The plan is out of date."], list(grades)])
    add_run(cell_paragraph(picked, 2, 3), "Inadequate", bold=True, highlight=True)
    shaded = builder.table([["2.  One family plan"], ["Evidence: Each action has an owner."], list(grades),
                            [None, None, None, None]])
    cell = shaded.cell(3, 1)._tc.get_or_add_tcPr()
    cell.append(cell.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:fill"): "A6A6A6"}))
    builder.paragraph("Part E \u2013 The family's voice", bold=True)
    builder.paragraph("In the family's own words", bold=True)
    builder.table([["Dad said he was not invited to the first meeting but feels included now."]])
    form = parse(builder)
    assert form.section_grades == {"1. Voice of the child": INADEQUATE, "2. One family plan": GOOD}
    assert form.extra["family_voice"] == "Dad said he was not invited to the first meeting but feels included now."


def test_a_scorecard_of_the_parts_graded_above():
    builder = DocxForm("EHA and Family Plan Audit Tool")
    builder.table([["Family's EHM number", "4263738"], ["Auditor", "Lynne Cartwright"], ["Audit date", "09/10/2026"],
                   ["Overall quality of the Early Help Assessment", "Good"]])
    builder.paragraph("Scorecard", bold=True)
    builder.table([["Part of the assessment", "Grade"], ["Early Help Assessment", "Good"],
                   ["Team Around the Family plan", "Inadequate"]])
    assert parse(builder).section_grades == {"Early Help Assessment": GOOD, "Team Around the Family plan": INADEQUATE}


def test_a_childs_plan_review_graded_across_the_page_with_what_matters_to_the_family():
    builder = DocxForm("Getting it right for every child \u2013 Child's Plan Review Audit")
    builder.table([["Child ID", "LCS5027452"], ["Lead professional", "Ryan Birtwistle"], ["Reviewer", "Jo Marsh"],
                   ["Review date", "14/10/2026"], ["Overall evaluation", "Good"]])
    builder.paragraph("Evaluation key:  1 = Inadequate   2 = Requires improvement   3 = Good   4 = Outstanding", bold=True)
    builder.table([["Area", "What matters to the child", "Lead professional and named person"],
                   ["What we found", "Views are recorded.", "The named person is clear."], ["Evaluation", "1", "3"]])
    builder.paragraph("What matters to me / to my family", bold=True)
    builder.table([["The family feel listened to."]])
    form = parse(builder)
    # Scotland's single plan for a child helped by several agencies: a
    # team around the family's plan.
    assert form.form == "taf_audit"
    # The areas named across the page, whatever their words mean as labels.
    assert form.section_grades == {"What matters to the child": INADEQUATE, "Lead professional and named person": GOOD}
    assert form.extra["family_voice"] == "The family feel listened to."


def test_a_line_of_enquiry_a_sheet_its_key_in_a_box_between_its_title_and_its_findings():
    from forms_helpers import xlsx_bytes

    front = [["Multi-Agency Case Review \u2013 Audit Workbook"], [], ["Child's case no.", "9784907"],
             ["Lead auditor / chair", "Sarah Hollins"], ["Date of audit panel", "07/10/2026"],
             ["Overall judgement", "Good"]]
    sheets = {"Front sheet": front}
    for number, grade in ((1, "2"), (2, "3")):
        sheets[f"LOE {number}"] = [
            [f"LOE {number} \u2013 Was the child seen, heard and understood?"], [],
            ["Grading key:   1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate"], [],
            ["Agency", "What the agency's records show"], ["Police", "Seen at every contact."],
            ["Probation", "No contact in the period."], ["Agreed finding", "The record is up to date."], ["Grade", grade]]
    form = parse_bytes(xlsx_bytes(sheets), "review.xlsx", definitions())
    assert form.section_grades == {"LOE 1 \u2013 Was the child seen, heard and understood?": GOOD,
                                   "LOE 2 \u2013 Was the child seen, heard and understood?": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD


def test_a_check_of_supervision_records_is_a_supervision_audit():
    builder = DocxForm("Record Check: Reflective Supervision")
    builder.table([["Worker supervised", "Ben Rigby"], ["Line manager", "Lynne Cartwright"],
                   ["Checked by", "Mark Ellison"], ["Date of check", "09/10/2026"],
                   ["Records covering", "July to October 2026"], ["Sessions read", "15/07/2026; 13/08/2026; 09/09/2026"],
                   ["Overall judgement", "Good"]])
    form = parse(builder)
    assert form.form == "supervision_audit" and form.ok, form.errors
    assert (form.practitioner, form.extra["supervisor"], form.extra["period_covered"]) == \
        ("Ben Rigby", "Lynne Cartwright", "July to October 2026")
    assert form.extra["session_dates"] == ["2026-07-15", "2026-08-13", "2026-09-09"]


def test_a_question_about_a_familys_safety_network_is_no_urgent_question():
    builder = DocxForm("Case File Audit")
    builder.table([["Child ID", "1234567"], ["Auditor", "Jo Marsh"], ["Date of audit", "14/10/2026"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Is the family's own safety and support network used?", bold=True)
    builder.paragraph("Partly – the grandparents are not yet involved.")
    assert not any(warning.startswith("The form asks") for warning in parse(builder).warnings)


def test_a_grid_of_cases_across_the_page_under_a_question_column_is_read_without_failing():
    builder = DocxForm("Themed Audit")
    builder.table([["Theme", "Neglect"], ["Lead auditor", "Jo Marsh"], ["Date of audit", "14/10/2026"]])
    builder.table([["Question", "Case 1", "Case 2", "Case 3", "Judgement across sample"],
                   ["Was neglect recognised early?", "Y", "P", "N", "Requires improvement"],
                   ["Were the children seen alone?", "Y", "Y", "P", "Good"]])
    builder.table([["Overall judgement", "Requires improvement"]])
    form = parse(builder)
    # (A column the form keeps nothing of beside two case columns had made
    # the whole form unreadable.)
    assert not any("unexpected problem" in error for error in form.errors)
    assert form.grade == REQUIRES_IMPROVEMENT


def _hub_review(*details: list[str | None]) -> DocxForm:
    """A family support hub's review of a family's TAF plan, its details
    table printed with headings in bold on a fill over their values."""
    builder = DocxForm(None)
    builder.paragraph("Family Support Hub \u2013 Team Around the Family Plan Review", bold=True, colour="C8102E")
    table = builder.table(details)
    for row in range(0, len(details), 2):
        _printed_as_headings(table, row)
    return builder


def _printed_as_headings(table, row: int) -> None:
    """Each filled cell of the table's `row` in bold on a blue fill."""
    for cell in table.rows[row].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
        if cell.text:
            shading = cell._tc.get_or_add_tcPr()
            shading.append(shading.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:fill"): "DDEBF7"}))


def test_headings_printed_alike_over_one_row_of_values_are_read_though_only_one_is_a_fields():
    builder = _hub_review(["Family ID", "Lead professional (TAF)", "Team / hub", "Reviewer"],
                          ["4439130", "Farah Malik", "Early Help Team North", "Lynne Cartwright"],
                          ["Date completed", "Plan stage", None, None], ["19-Oct-2026", "first review", None, None])
    builder.paragraph("Overall grade for the family's TAF plan: Good")
    form = parse(builder)
    assert (form.case_id, form.practitioner, form.auditor) == ("4439130", "Farah Malik", "Lynne Cartwright")
    assert form.date == date(2026, 10, 19)


def test_meetings_listed_under_headings_printed_alike_are_a_list_not_the_forms_details():
    builder = _hub_review(["Family ID", "Reviewer", "Date completed", "Plan stage"],
                          ["4439130", "Lynne Cartwright", "19-Oct-2026", "first review"])
    builder.paragraph("TAF meetings held", bold=True)
    meetings = builder.table([["Date", "Who attended", "Review of the plan?"],
                              ["16.07.26", "Carl Sutcliffe (parent), family support worker", "Initial TAF"],
                              ["24.08.26", "Carl Sutcliffe (parent), youth worker", "Yes – plan updated"],
                              ["21.10.26", "Agnieszka Nowak (family friend), nursery manager", "Yes – plan updated"]])
    _printed_as_headings(meetings, 0)
    for area, grade in (("Hearing the child", "Inadequate"), ("The family's TAF plan", "Good")):
        builder.paragraph(area, bold=True)
        builder.paragraph("What we found: Each action has an owner.")
        builder.paragraph(f"Grade: {grade}")
    builder.paragraph("Overall grade for the family's TAF plan: Good")
    form = parse(builder)
    assert form.date == date(2026, 10, 19)
    # (Read as the form's details, the whole cell "Carl Sutcliffe (parent),
    # family support worker" was kept as a name, and "family" redacted
    # everywhere.)
    assert form.section_grades == {"Hearing the child": INADEQUATE, "The family's TAF plan": GOOD}
    assert "Agnieszka" not in json.dumps(form.to_json()) and "Sutcliffe" not in json.dumps(form.to_json())


def test_the_familys_route_through_the_hub_names_no_team():
    # Headings printed alike, and a date is never a team: "Discussed at hub
    # meeting" (a hub, in a team's words) is a heading, its date beneath.
    builder = _hub_review(["Family ID", "Reviewer", "Date completed", "Plan stage"],
                          ["4439130", "Lynne Cartwright", "19-Oct-2026", "first review"],
                          ["Referred to hub (with consent)", "Discussed at hub meeting", "Matched to", "TAF plan started"],
                          ["16-Apr-2026", "01-May-2026", "Youth mentoring project", "18-May-2026"])
    builder.paragraph("Overall grade for the family's TAF plan: Good")
    form = parse(builder)
    assert form.team is None
    assert form.date == date(2026, 10, 19)


def test_an_area_titled_in_a_fields_words_its_question_beneath_is_an_area():
    builder = _hub_review(["Family ID", "Lead professional (TAF)", "Reviewer", "Date completed"],
                          ["4439130", "Farah Malik", "Lynne Cartwright", "19-Oct-2026"])
    builder.paragraph("Lead professional and hub partners", bold=True)
    builder.paragraph("Does one lead professional hold the plan together and keep the partners working to it?")
    builder.paragraph("What we found: Risks identified by partners have not been assessed.")
    builder.paragraph("Grade: Inadequate")
    builder.paragraph("Hearing the child", bold=True)
    builder.paragraph("Is each child's view of daily life recorded in their own words?")
    builder.paragraph("What we found: The child's views shape the plan.")
    builder.paragraph("Grade: Good")
    builder.paragraph("Overall grade for the family's TAF plan: Requires improvement")
    form = parse(builder)
    # (The area's grade had been taken for the form's own.)
    assert form.section_grades == {"Lead professional and hub partners": INADEQUATE, "Hearing the child": GOOD}
    assert form.grade == REQUIRES_IMPROVEMENT and form.practitioner == "Farah Malik"


def test_a_report_cards_question_how_well_is_no_list_of_strengths():
    builder = _hub_review(["Family ID", "Reviewer", "Date completed"], ["4439130", "Lynne Cartwright", "19-Oct-2026"])
    builder.paragraph("How well did we do it?", bold=True)
    area = builder.table([["Hearing the child"], ["The chronology is incomplete for the last six months."],
                          ["Grade: "]])
    add_xml(area.cell(2, 0).paragraphs[0], dropdown_control("Good", items=("Outstanding", "Good")))
    builder.paragraph("Strengths", bold=True)
    builder.bullets("The assessment was written with the family.")
    builder.paragraph("Overall grade for the family's TAF plan: Good")
    form = parse(builder)
    assert form.strengths == ["The assessment was written with the family."]
    assert form.section_grades == {"Hearing the child": GOOD}


def test_a_reference_number_and_a_taf_plan_review_known_by_their_words():
    builder = DocxForm(None)
    builder.paragraph("Early Intervention \u2013 TAF Plan Quality Review", bold=True, colour="6B2C91")
    builder.paragraph("FSH ref no.: LCS-4557536")
    builder.paragraph("Review completed by: Colin Heap")
    builder.paragraph("Date of review: 16/10/2026")
    builder.paragraph("Overall grade for the family's TAF plan: Good")
    form = parse(builder)
    assert form.form == "taf_audit"
    # ("Ref no." is a reference number, as a label's "ref no" says.)
    assert form.case_id == "LCS-4557536"


def test_an_overall_grade_whose_question_follows_a_dash():
    builder = DocxForm("Team Around the Family audit")
    builder.table([["Family ID", "4439130"], ["Reviewer", "Lynne Cartwright"], ["Date completed", "19/10/2026"],
                   ["Overall grade \u2013 is the help making a difference", "Requires improvement"]])
    assert parse(builder).grade == REQUIRES_IMPROVEMENT


def test_a_question_whether_anything_must_go_to_childrens_social_care_today_is_the_urgent_question():
    for question in ("Does anything in this review need to go to the Gateway (Children's Social Care) today?",
                     "Is there anything in this review that needs a referral today?",
                     "Does anything need passing to the front door today?"):
        assert parse(_observation_asking(question, "Yes")).urgent_concern is True, question
        assert parse(_observation_asking(question, "No")).urgent_concern is False, question


def _step_decision(title: str, *first_lines) -> DocxForm:
    builder = DocxForm(None)
    builder.paragraph("Northmoor Council \u2013 Children's Services", bold=True, colour="00788A")
    builder.paragraph(title, bold=True, colour="00788A")
    for line in first_lines:
        line(builder)
    builder.table([["Family ID", "9579891"], ["Audited by", "Lynne Cartwright"], ["Date of audit", "12/10/2026"],
                   ["Overall, how good was this step?", "Good"]])
    builder.paragraph("Family Support Partnership \u2013 step decision audit v1.2 \u2013 OFFICIAL-SENSITIVE when completed")
    return builder


def test_a_step_decision_audit_is_a_step_audit_whatever_partnership_its_footer_names():
    def step(builder):
        builder.paragraph("Step: \u2610 Step up to Children's Social Care     \u2612 Step down to Early Help")
    for title in ("Step Decision Audit", "Audit of a Step Decision (Up or Down)",
                  "Stepping Between Services \u2013 Decision Audit"):
        form = parse(_step_decision(title, step))
        assert form.form == "step_up_down_audit", title
        assert form.extra["direction"] == "Step down to Early Help", title
        # (The title names the kind of form, not a service's "Decision Audit".)
        assert form.service is None, title


def test_the_step_picked_out_in_a_sentence_and_the_date_it_took_effect():
    def sentence(builder):
        line = builder.paragraph("This audit looks at the following decision: ")
        add_run(line, "Step down to Early Help", bold=True)
        add_run(line, ", which took effect on 10th Sep 2026 (from Children's Social Care (Child in Need) to Early Help "
                      "family support).")
    form = parse(_step_decision("Step Decision Audit", sentence))
    assert form.extra["direction"] == "Step down to Early Help"
    assert form.extra["transfer_date"] == "2026-09-10"


def _supervision_workbook(*rows) -> bytes:
    return xlsx_bytes({"Audit": [
        ["Northmoor Council \u2013 Children and Families Directorate"], ["SUPERVISION AUDIT WORKBOOK"], [],
        ["Name of supervisee", "Zoe Platt", None, "Supervisor", "Nicola Wragg"],
        ["Audited by", "Julie Barlow", None, "Audit date", "26/10/2026"], [],
        *rows, [],
        ["Overall grade", "2 \u2013 Good"]]})


def test_a_sessions_row_whose_last_cells_are_blank_is_still_a_session():
    form = parse_bytes(_supervision_workbook(
        ["Supervision sessions sampled"],
        ["Session", "Date held", "Recorded & signed within 5 days?", "No. of children discussed", "Comment"],
        [1, "31/07/2026", "Yes", 7],
        [2, "29/08/2026", "Yes", 11, "Cancelled once, rearranged within the week"],
        [3, "25/09/2026", "Yes", 8]), "supervision.xlsx", definitions())
    assert form.form == "supervision_audit"
    assert form.extra["session_dates"] == ["2026-07-31", "2026-08-29", "2026-09-25"]


def test_standards_graded_on_a_key_beside_the_moderators_column():
    form = parse_bytes(_supervision_workbook(
        ["Enter a grade of 1\u20134 using this key:"],
        ["1 = Outstanding \u2013 exceeds the standard throughout"], ["2 = Good \u2013 standard met in all sessions sampled"],
        ["3 = Requires improvement \u2013 standard met in some sessions only"],
        ["4 = Inadequate \u2013 standard not met; supervision is not safe"], [],
        ["Standard", "What we look for", "Met?", "Evidence from the records", "Grade", "HoS comment"],
        ["Standard 1 \u2013 Frequency and timeliness", "Supervision at least monthly", "Met",
         "Sessions are regular and recorded promptly.", "1"],
        ["Standard 2 \u2013 Decisions and rationale", "Decisions and their reasons are recorded", "Partly met",
         "Reasons are not written up.", "3", "Agree."]), "supervision.xlsx", definitions())
    assert form.section_grades == {"Standard 1 \u2013 Frequency and timeliness": OUTSTANDING,
                                   "Standard 2 \u2013 Decisions and rationale": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD


def test_a_grade_printed_like_its_label_is_still_its_value():
    data = xlsx_with_headings([
        ["Multi-Agency Joint Case Audit"], [], ["Case reference (LCS)", "MOS-1104255"], ["Lead auditor", "Paul Gregson"],
        ["Date of audit", "23/10/2026"], [],
        ["Overall grade for the multi-agency response", None, None, "Requires improvement to be good"]], {7})
    assert parse_bytes(data, "joint.xlsx", definitions()).grade == REQUIRES_IMPROVEMENT


def test_a_question_under_a_title_in_a_fields_words_is_its_own_box():
    builder = DocxForm("Observation of Practice")
    builder.table([["Child ID", "1234567"], ["Observer", "Jo Marsh"], ["Practitioner observed", "Ben Rigby"],
                   ["Date of observation", "14/10/2026"], ["Overall grade", "Good"]])
    builder.paragraph("3. In the practitioner's words", bold=True)
    builder.paragraph("Was there a reflective discussion after the observation?", bold=True)
    builder.paragraph("Yes, on 6 October 2026.")
    assert parse(builder).extra["reflective_discussion"] is True


def test_a_log_of_meetings_two_rows_long_lends_the_form_no_date():
    data = xlsx_with_headings([
        ["TAC / TAF PLAN REVIEW"], [], ["1. What is the family's Early Help reference?", None, None, None, "8501228"],
        ["8. Who completed this review?", None, None, None, "Colin Heap"],
        ["9. Date the review was completed", None, None, None, datetime(2026, 10, 26)], [],
        ["Meeting", "Date", "Who attended", None, None, None, "Child's views brought?", "Plan updated?"],
        ["Initial TAC", datetime(2026, 7, 27), "Lead Worker, Darren Adebayo (parent), school nurse", None, None, None,
         "No", "No"],
        ["Review TAC 1", datetime(2026, 9, 9), "Lead Worker, school nurse", None, None, None, "Yes", "No"], [],
        ["Overall quality of the Team Around the Child plan", "Good"]], {7})
    assert parse_bytes(data, "taf.xlsx", definitions()).date == date(2026, 10, 26)


def _partnership_audit(*quality_assurance: str) -> bytes:
    rows = [["Northmoor Public Protection Partnership \u2013 Child Protection Committee"],
            ["MULTI-AGENCY CASE FILE AUDIT \u2013 SELF-EVALUATION"], [],
            ["Social work case no.", "MOS-5060975"], ["Lead auditor (chair)", "Joanne Fletcher"],
            ["Audit date", "26/10/2026"], [],
            ["1. How well is the child listened to, understood and respected?"],
            ["What did we find?", "The child's views are recorded in their own words."],
            ["Agreed grade", "GOOD"], [],
            ["2. How well do agencies assess risk and need together?"],
            ["What did we find?", "The chronology is incomplete."],
            ["Agreed grade", "R.I."], [],
            ["Overall grade", "Requires improvement"], [],
            ["HEAD OF SERVICE QUALITY ASSURANCE"], *([line] for line in quality_assurance)]
    colours = {("MACFA", len(rows) - index, 1): "538135" for index in range(len(quality_assurance))}
    return xlsx_bytes({"MACFA": rows}, colours)


def test_a_grade_the_audit_group_agreed_for_a_line_of_enquiry_is_that_lines_grade():
    form = parse_bytes(_partnership_audit("Please discuss the actions in supervision."), "macfa.xlsx", definitions())
    assert form.form == "multi_agency_audit"
    assert form.section_grades == {"1. How well is the child listened to, understood and respected?": GOOD,
                                   "2. How well do agencies assess risk and need together?": REQUIRES_IMPROVEMENT}
    # (Read as moderated, each line's grade had overruled the form's own.)
    assert (form.grade, form.moderated_grade, form.final_grade) == (REQUIRES_IMPROVEMENT, None, REQUIRES_IMPROVEMENT)


def test_a_head_of_service_confirming_a_grade_or_yet_to_quality_assure():
    confirmed = parse_bytes(_partnership_audit("I confirm the audit group's overall grade of requires improvement.",
                                               "David Okonjo, Head of Service \u2013 14.10.26"),
                            "macfa.xlsx", definitions())
    assert confirmed.moderated_grade == REQUIRES_IMPROVEMENT and confirmed.moderated
    waiting = parse_bytes(_partnership_audit("Not yet quality assured."), "macfa.xlsx", definitions())
    assert not waiting.moderated and waiting.moderator_comments == []


def _joint_audit(title: str, lead: list[str | None]) -> DocxForm:
    builder = DocxForm(None)
    builder.paragraph(title, bold=True, colour="00703C")
    builder.table([["Case reference", "C6254836", "Date of joint audit meeting", "30/10/2026"],
                   lead, ["Overall judgement (joint)", "Good", None, None]])
    builder.paragraph("Agencies taking part and who spoke for them", bold=True)
    for line in ("Early Help - Family support worker", "Child and Adolescent Mental Health Services: CAMHS clinician",
                 "Probation: Probation officer, Central team"):
        builder.paragraph(line)
    return builder


def test_a_joint_health_and_social_care_audit_its_lead_and_the_agencies_taking_part():
    for title in ("Joint Health and Social Care Case Audit", "HEALTH PARTNERSHIP CASE AUDIT"):
        form = parse(_joint_audit(title, ["Audit lead \u2013 Children's Social Care", "Karen Holt",
                                          "Named Nurse (health)", "Bernadette Quayle"]))
        assert form.form == "multi_agency_audit", title
        # (Whose lead, after the dash, is no name.)
        assert form.auditor == "Karen Holt", title
        # Each agency, less who spoke for it.
        assert form.extra["agencies"] == ["Early Help", "Child and Adolescent Mental Health Services", "Probation"]


def test_a_lead_whose_agency_follows_a_dash_and_whose_name_follows_a_tab():
    builder = _joint_audit("Joint Health and Social Care Case Audit", [None, None, None, None])
    builder.paragraph("Audit lead \u2013 Children's Social Care\tSarah Hollins")
    assert parse(builder).auditor == "Sarah Hollins"


def _observation_workbook(grid: list[list[object]], picked: dict[tuple[int, int], str] | None = None) -> bytes:
    """An observation workbook: its front sheet, then `grid` from row 6 of
    its second sheet; `picked` highlights a cell (row, column) or gives it
    rich text: the grades printed, all but the one named struck through."""
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import PatternFill

    workbook = Workbook()
    front = workbook.active
    front.title = "Front sheet"
    for row in (["DIRECT OBSERVATION OF PRACTICE \u2013 WORKBOOK"], [], ["Name of practitioner", None, "Kirsty Duckworth"],
                ["Name and role of observer", None, "Lynne Cartwright, Early Help Manager"],
                ["Date", None, "30/10/2026"], ["Type of contact observed", None, "Core group meeting"],
                ["LCS ID", None, "MOS-3145698"]):
        front.append(row)
    sheet = workbook.create_sheet("2 Observation")
    for _ in range(5):
        sheet.append([])
    for row in grid:
        sheet.append(row)
    grades = ("OUTSTANDING", "GOOD", "REQUIRES IMPROVEMENT", "INADEQUATE")
    for (row, column), grade in (picked or {}).items():
        cell = sheet.cell(row, column)
        if cell.value == "options":
            parts = []
            for option in grades:
                parts += [TextBlock(InlineFont(b=option == grade, strike=option != grade), option), " / "]
            cell.value = CellRichText(*parts[:-1])
        else:
            cell.fill = PatternFill("solid", fgColor="FFFF00")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_an_observations_observer_named_with_their_role_and_the_contact_observed():
    form = parse_bytes(_observation_workbook([["Overall grade", "Good"]]), "observation.xlsx", definitions())
    assert form.form == "observation"
    assert form.auditor == "Lynne Cartwright"
    assert form.extra["setting"] == "Core group meeting"


def test_domains_graded_by_striking_out_all_but_one_of_the_grades_in_a_cell():
    areas = ["Professionalism", "Values and ethics", "Diversity and equality", "Rights and justice", "Knowledge",
             "Critical reflection and analysis", "Skills and interventions", "Contexts and organisations",
             "Professional leadership"]
    grid = [["No.", "Domain", "What the observer looks for", "Evidence", "Grade"],
            *[[str(number), area, "What good looks like.", "Seen in the session.", "options"]
              for number, area in enumerate(areas, start=1)],
            ["Overall grade: the practice observed was judged to be good."],
            ["Holistic assessment (summary)", None, "Taken as a whole, the session showed growing confidence."]]
    chosen = ("GOOD", "OUTSTANDING", "GOOD", "REQUIRES IMPROVEMENT", "GOOD", "GOOD", "INADEQUATE", "GOOD", "GOOD")
    form = parse_bytes(_observation_workbook(grid, {(7 + index, 5): grade for index, grade in enumerate(chosen)}),
                       "observation.xlsx", definitions())
    # (Each area's grades left standing one among four, whatever the rows
    # after it; the overall grade stated across the grid.)
    assert form.section_grades == {area: {"GOOD": GOOD, "OUTSTANDING": OUTSTANDING, "INADEQUATE": INADEQUATE,
                                          "REQUIRES IMPROVEMENT": REQUIRES_IMPROVEMENT}[grade]
                                   for area, grade in zip(areas, chosen)}
    assert form.grade == GOOD
    # (The summary below is no area, and no grade is asked for it.)
    assert not any("Holistic" in warning for warning in form.warnings)


def test_an_overall_grade_highlighted_among_the_four_from_the_grade_column():
    grid = [["No.", "Area of practice", "What the observer looks for", "Evidence observed", "Judgement"],
            ["1", "Professionalism", "What good looks like.", "Seen.", "OUTSTANDING", "GOOD", "REQUIRES IMPROVEMENT",
             "INADEQUATE"],
            ["2", "Values and ethics", "What good looks like.", "Seen.", "OUTSTANDING", "GOOD", "REQUIRES IMPROVEMENT",
             "INADEQUATE"],
            ["Overall grade", None, None, None, "OUTSTANDING", "GOOD", "REQUIRES IMPROVEMENT", "INADEQUATE"]]
    form = parse_bytes(_observation_workbook(grid, {(7, 6): "", (8, 5): "", (9, 7): ""}), "observation.xlsx",
                       definitions())
    assert form.section_grades == {"Professionalism": GOOD, "Values and ethics": OUTSTANDING}
    assert form.grade == REQUIRES_IMPROVEMENT


def test_an_overall_judgement_stated_across_a_grid_of_marks():
    grid = [["No.", "Area of practice", "Evidence observed", None, "Outstanding", "Good", "Requires improvement",
             "Inadequate"],
            ["1", "Professionalism", "Present in places.", None, None, None, "\u25cf"],
            ["2", "Values and ethics", "Consistently sound.", None, None, "\u25cf"],
            ["OVERALL JUDGEMENT OF THE PRACTICE OBSERVED: the practice observed was judged to be inadequate."],
            ["Summary of the observation", None, "The detail is in the evidence for each domain above."]]
    form = parse_bytes(_observation_workbook(grid), "observation.xlsx", definitions())
    assert form.section_grades == {"Professionalism": REQUIRES_IMPROVEMENT, "Values and ethics": GOOD}
    assert form.grade == INADEQUATE
    assert not any("Summary" in warning for warning in form.warnings)


def test_areas_across_the_sheet_whose_names_hold_a_columns_word():
    data = xlsx_bytes({"EHA audit": [
        ["Quality of the Early Help Assessment and Plan \u2013 Audit"], [],
        ["EH number", "EH/89114"], ["Audited by", "Lynne Cartwright"], ["Date of audit", "15/10/2026"], [],
        ["Key: 1 = Outstanding    2 = Good    3 = Requires improvement to be good    4 = Inadequate"],
        ["Standard", "The child's voice and what matters to them", "Assessment \u2013 analysis of strengths and risks",
         "The family plan (TAF)"],
        ["Prompts", "Their own words recorded.", "Strengths and risks analysed, not just listed.", "Outcomes SMART."],
        ["Evidence / analysis", "The plan is reviewed on time.", "Oversight is present.", "Partners contribute."],
        ["Judgement", "2", "3", "1"], [],
        ["Overall judgement of the quality of Early Help for this family", None, None, "good"]]})
    form = parse_bytes(data, "eha.xlsx", definitions())
    # ("analysis" heads a column of evidence elsewhere; here it is in an area's name.)
    assert form.section_grades == {"The child's voice and what matters to them": GOOD,
                                   "Assessment \u2013 analysis of strengths and risks": REQUIRES_IMPROVEMENT,
                                   "The family plan (TAF)": OUTSTANDING}


def _direct_work_log(*rows: list[object]) -> bytes:
    return xlsx_bytes({"Log": [
        ["DIRECT WORK OBSERVATION LOG"], [],
        ["Whose direct work?", None, "Yasmin Patel \u2013 Child Protection Chair"], ["Observed by", None, "Nicola Wragg"],
        ["Date observed", None, "01-Oct-2026"], ["Case reference", None, "CSC/3488448"], [], *rows, [],
        ["Observer signature", None, "Nicola Wragg"], ["Date", None, "02-Oct-2026"]]})


def test_a_direct_work_logs_worker_observed_and_the_date_it_was_observed_not_signed():
    form = parse_bytes(_direct_work_log(["Overall judgement", None, "Good"]), "log.xlsx", definitions())
    # ("Whose direct work?" asks whose; the job after the dash is no part of the name.)
    assert form.practitioner == "Yasmin Patel"
    # (The date under the observer's signature is the day it was signed.)
    assert form.date == date(2026, 10, 1)


def test_areas_across_with_the_overall_grade_in_the_last_column():
    areas = ["Preparation and purpose", "Building the relationship", "Listening to the child",
             "Use of direct work tools", "Assessing risk and wellbeing", "Ending the session and next steps"]
    form = parse_bytes(_direct_work_log(
        ["Area", *areas, "Overall grade"],
        ["What we look for", *["What good looks like."] * 6],
        ["Evidence", *["Seen in places."] * 6],
        ["Grade", "Good", "Requires improvement", "Inadequate", "Good", "Good", "Good", "Requires improvement"]),
        "log.xlsx", definitions())
    assert form.section_grades == dict(zip(areas, [GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, GOOD, GOOD, GOOD]))
    assert form.grade == REQUIRES_IMPROVEMENT


def test_an_overall_judgement_typed_across_a_grids_grade_columns():
    form = parse_bytes(_direct_work_log(
        ["No.", "Area", "What I saw", None, "Outstanding", "Good", "Requires improvement", "Inadequate"],
        ["1", "Preparation and purpose", "Started well.", None, None, "\u2713"],
        ["2", "Listening to the child", "Not seen.", None, None, None, None, "\u2713"],
        ["Overall judgement of the direct work observed", None, None, None, "REQUIRES IMPROVEMENT"]),
        "log.xlsx", definitions())
    assert form.section_grades == {"Preparation and purpose": GOOD, "Listening to the child": INADEQUATE}
    assert form.grade == REQUIRES_IMPROVEMENT


def test_a_head_of_services_remark_after_a_dash_leaves_the_areas_grade_below_it():
    builder = _hub_review(["Family ID", "Reviewer", "Date completed"], ["4439130", "Lynne Cartwright", "19-Oct-2026"])
    for area, grade in (("TAF meetings and attendance", "outstanding"), ("Hearing the child", "GOOD")):
        builder.paragraph(area, bold=True)
        builder.paragraph("What we found: Partners contribute to the plan.")
        builder.paragraph("Head of Service \u2013 The core group minutes are not on file; please check.", colour="0070C0")
        builder.paragraph(f"Grade: {grade}")
    builder.paragraph("Overall grade for the family's TAF plan: good")
    form = parse(builder)
    assert form.section_grades == {"TAF meetings and attendance": OUTSTANDING, "Hearing the child": GOOD}
    assert form.grade == GOOD


def test_an_agency_named_with_its_part_after_a_dash_is_kept_whole():
    builder = DocxForm(None)
    builder.paragraph("Joint Health and Social Care Case Audit", bold=True, colour="00703C")
    builder.table([["Case reference", "C6254836"], ["Audit lead", "Karen Holt"], ["Date of audit", "30/10/2026"],
                   ["Overall judgement (joint)", "Good"]])
    builder.paragraph("Agencies taking part and who spoke for them", bold=True)
    for line in ("Education \u2013 school", "Police \u2013 Public Protection Unit", "Housing \u2013 Tenancy support officer"):
        builder.paragraph(line)
    form = parse(builder)
    # (The part after the dash names no one who spoke for the agency.)
    assert form.extra["agencies"] == ["Education \u2013 school", "Police \u2013 Public Protection Unit", "Housing"]


def test_areas_whose_grades_are_picked_out_one_a_line_or_in_one_line():
    builder = DocxForm("Family Hub Assessment Audit")
    builder.table([["Family ID", "4263738"], ["Auditor", "Lynne Cartwright"], ["Audit date", "09/10/2026"],
                   ["Overall grade", "Good"]])
    table = builder.table([["No.", "Part of the assessment", "Evidence", "Grade"],
                           ["D1", "Whole family assessment", "Clear evidence.", None],
                           ["D2", "One family plan", "Up to date.", None],
                           ["D3", "Consent and working with the family", "Clear evidence.", None]])
    grades = ("Outstanding", "Good", "Requires improvement", "Inadequate")
    for row, chosen in ((1, "Requires improvement"), (2, "Good")):
        cell = table.cell(row, 3)
        cell.paragraphs[0].text = ""
        for position, grade in enumerate(grades):
            add_run(cell.paragraphs[0] if position == 0 else cell.add_paragraph(), grade, bold=grade == chosen)
    line = cell_paragraph(table, 3, 3)
    for position, grade in enumerate(grades):
        add_run(line, ("  /  " if position else "") + grade, bold=grade == "Outstanding")
    form = parse(builder)
    assert form.section_grades == {"Whole family assessment": REQUIRES_IMPROVEMENT, "One family plan": GOOD,
                                   "Consent and working with the family": OUTSTANDING}


def _taf_workbook(*areas: list[object], fills: dict[tuple[int, int], str] | None = None) -> bytes:
    """A TAF audit workbook: its details, then `areas` from row 8, each
    area's title band in bold (every row whose first cell is numbered)."""
    rows = [["TAF AUDIT \u2013 FAMILY SUPPORT HUB"], [], ["SWIS no.", "CSC/3374565"], ["Completed by", "Colin Heap"],
            ["Audit date", "14/10/2026"],
            ["Grading key:  1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate"],
            ["QUALITY OF PRACTICE"], *areas, [], ["Overall quality of the Team Around the Family work", "2"]]
    bands = {number for number, row in enumerate(rows, start=1) if row and str(row[0])[:1].isdigit()}
    return xlsx_with_headings(rows, bands | {7}, fills)


def test_numbered_area_bands_graded_at_their_end_or_by_the_grade_picked_out():
    grades = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    form = parse_bytes(_taf_workbook(
        ["3.1 The child's voice and wellbeing", None, None, None, None, None, "1"],
        ["What good looks like", None, "The child has been seen and spoken to."],
        ["Evidence", None, "Clear evidence."],
        ["3.2 TAF plan (outcomes and actions)", None, None, None, None, None, *grades],
        ["Evidence", None, "Oversight is present."],
        fills={(11, 9): "FFFF00"}), "taf.xlsx", definitions())
    assert form.form == "taf_audit"
    # (Scotland's Social Work Information System number is the case's.)
    assert form.case_id == "CSC/3374565"
    assert form.section_grades == {"3.1 The child's voice and wellbeing": OUTSTANDING,
                                   "3.2 TAF plan (outcomes and actions)": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD


def test_an_area_band_over_the_four_grades_marked_on_its_evidence_row():
    grades = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    form = parse_bytes(_taf_workbook(
        ["3.1 The child's voice and wellbeing", None, None, None, None, None, *grades],
        ["What good looks like", None, "The child has been seen and spoken to."],
        ["Evidence", None, "Clear evidence.", None, None, None, None, "X"],
        ["3.2 The family's plan", None, None, None, None, None, *grades],
        ["What good looks like", None, "Outcomes are the family's own."],
        ["Evidence", None, "Up to date.", None, None, None, None, None, "X"]), "taf.xlsx", definitions())
    assert form.section_grades == {"3.1 The child's voice and wellbeing": GOOD,
                                   "3.2 The family's plan": REQUIRES_IMPROVEMENT}


def test_an_area_band_whose_grade_is_the_one_left_standing_in_its_cell():
    from openpyxl import load_workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    data = _taf_workbook(["3.1 Child's voice", None, None, None, None, None, "options"],
                         ["Evidence", None, "Views are recorded."],
                         ["3.2 TAF plan (outcomes and actions)", None, None, None, None, None, "options"],
                         ["Evidence", None, "Oversight is present."])
    workbook = load_workbook(io.BytesIO(data), rich_text=True)
    grades = ("Outstanding", "Good", "Requires improvement", "Inadequate")
    for row, chosen in ((8, "Requires improvement"), (10, "Good")):
        parts = []
        for grade in grades:
            parts += [TextBlock(InlineFont(b=grade == chosen, strike=grade != chosen), grade), " / "]
        workbook.active.cell(row, 7).value = CellRichText(*parts[:-1])
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse_bytes(buffer.getvalue(), "taf.xlsx", definitions())
    # (Under "QUALITY OF PRACTICE" the first area's band is its own, not
    # the evidence of an area that title names.)
    assert form.section_grades == {"3.1 Child's voice": REQUIRES_IMPROVEMENT,
                                   "3.2 TAF plan (outcomes and actions)": GOOD}


def _themed_review(theme_line: str) -> DocxForm:
    builder = DocxForm(None)
    builder.paragraph("Themed Learning Review Audit", bold=True, colour="005EB8")
    builder.paragraph(theme_line)
    builder.paragraph("Audit date:\t08/10/2026\t\tCases in sample:\t5")
    builder.table([["No.", "LL ID", "Legal status"], ["1", "LCS-9314712", "CIN"], ["2", "LCS-9762806", "CLA"],
                   ["3", "LCS-1352328", "CP"]])
    builder.paragraph("Key: 1 = Outstanding  2 = Good  3 = Requires improvement  4 = Inadequate")
    builder.table([["Question", "Case 1", "Case 2", "Case 3", "Case 4", "Case 5", "Judgement across sample"],
                   ["Did we understand what life is like for the child?", "Y", "Y", "P", "Y", "Y", "1"],
                   ["Is the plan making a difference?", "Y", "N", "P", "P", "N", "3"]])
    builder.paragraph("Overall judgement for the theme: Good")
    return builder


def test_a_theme_audits_questions_answered_case_by_case_and_judged_across_the_sample():
    form = parse(_themed_review("Theme:\tNeglect and its impact\t\tAuditor:\tJoanne Fletcher (Team Manager)"))
    assert form.form == "thematic_audit"
    # (Each case's column, Y, P or N, is no column of the grid's own.)
    assert form.section_grades == {"Did we understand what life is like for the child?": OUTSTANDING,
                                   "Is the plan making a difference?": REQUIRES_IMPROVEMENT}


def test_a_theme_whose_words_hold_a_colon_on_a_line_of_tabbed_boxes():
    form = parse(_themed_review("Theme:\tChildren in need: outcomes and step down to Early Help\t\tAuditor:\t"
                                "Joanne Fletcher (Team Manager)"))
    assert form.extra["theme"] == "Children in need: outcomes and step down to Early Help"
    assert form.auditor == "Joanne Fletcher"


def test_a_home_visit_observations_numbered_questions_and_its_moderators_date():
    builder = DocxForm(None)
    builder.paragraph("Observation of a Home Visit", bold=True, colour="00788A")
    builder.paragraph("A. The visit", bold=True, colour="00788A")
    for question, answer in (("1. Who went out with the practitioner?", "Joanne Fletcher (Practice Manager)"),
                             ("2. Whose practice was observed?", "Ali Khan"),
                             ("3. When was the visit?", "12th Oct 2026"),
                             ("4. What kind of visit or contact was it?", "Home visit"),
                             ("5. Case reference?", "1269542")):
        builder.paragraph(question, bold=True)
        builder.paragraph(answer)
    builder.paragraph("B. The practice seen", bold=True, colour="00788A")
    for area, grade in (("1. Relationship with the family", "Good"), ("2. Hearing the child", "Requires improvement")):
        builder.paragraph(area, bold=True)
        builder.paragraph("Evidence: Seen during the visit.")
        builder.paragraph(f"Grade: {grade}")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("4. Learning actions", bold=True)
    builder.paragraph("No learning actions recorded.")
    builder.paragraph("6. Head of Service", bold=True)
    builder.paragraph("Head of Service: David Okonjo", bold=True, colour="00B050")
    builder.paragraph("Date: 3rd Nov 2026", colour="00B050")
    builder.paragraph("I agree with the observer's grade; the evidence supports it.", colour="00B050")
    form = parse(builder)
    # (A numbered question asking whose or what kind is answered below it,
    # though the form's areas are numbered too.)
    assert (form.auditor, form.practitioner, form.extra.get("setting")) == ("Joanne Fletcher", "Ali Khan", "Home visit")
    # (The date under the Head of Service's name is the moderation's.)
    assert form.date == date(2026, 10, 12)
    assert form.actions == []


def test_a_supervision_trackers_sessions_heading_its_columns_and_its_standards_numbered_within_a_part():
    data = xlsx_with_headings([
        ["SUPERVISION STANDARDS TRACKER"], [],
        ["Supervisee", "Leanne Ogden", None, "Name of supervisor", "Colin Heap"],
        ["Auditor", "Angela Moorcroft (QA Officer for the PSW)", None, "Audit date", "05.10.26"], [],
        ["Grade each standard 1\u20134:"], ["1 = Inadequate"], ["2 = Requires Improvement"], ["3 = Good"],
        ["4 = Outstanding"], [],
        [None, "Supervision standard", "11.07.26", "08.08.26", "05.09.26", "Auditor's findings", "Grade (1\u20134)",
         "HoS comment"],
        [None, "Frequency and length", "Y", "Y", "Y", "Sessions held monthly.", "3"],
        [None, "Decisions and interventions", "P", "Y", "P", "Reasons not recorded.", "2"], [],
        ["No.", "Supervision standard", "What good looks like", "Auditor's findings", "O", "G", "RI", "I"],
        ["5.1", "Caseload and workload", "Discussed each session.", "Not responded to.", None, None, "x"],
        ["5.2", "Professional development", "CPD noted.", "Noted for registration.", None, "x"], [],
        ["OVERALL JUDGEMENT OF SUPERVISION", None, None, None, None, None, "3"]], {12, 16})
    form = parse_bytes(data, "tracker.xlsx", definitions())
    assert form.form == "supervision_audit"
    # (The job in brackets after the auditor's name is no part of it.)
    assert form.auditor == "Angela Moorcroft"
    # (Each session's column, headed by its date, is no column of the grid's own.)
    assert form.extra["session_dates"] == ["2026-07-11", "2026-08-08", "2026-09-05"]
    assert form.section_grades == {"Frequency and length": GOOD, "Decisions and interventions": REQUIRES_IMPROVEMENT,
                                   "Caseload and workload": REQUIRES_IMPROVEMENT, "Professional development": GOOD}


def _family_support_plan_audit(grades: dict[str, object]) -> DocxForm:
    """A family support plan audit whose areas run down the first column,
    each over two rows: its evidence, then its grade."""
    builder = DocxForm("Family Support Plan \u2013 Quality Audit")
    builder.table([["Ref", "FSS-596610"], ["Key worker", "Amy Stott"], ["Completed by", "Colin Heap"],
                   ["Date", "29/10/2026"]])
    builder.paragraph("Part 1 \u2013 Quality of the assessment", bold=True)
    rows = []
    for area, grade in grades.items():
        rows += [[area, "Evidence", "Decisions are explained and recorded."],
                 [None, "Grade", *(grade if isinstance(grade, list) else [grade])]]
    table = builder.table(rows)
    for row in range(0, len(rows), 2):
        table.cell(row, 0).merge(table.cell(row + 1, 0))  # the area's cell down its two rows
        for cell in table.rows[row].cells[1:2] + table.rows[row + 1].cells[1:2]:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    builder.paragraph("Overall grade for the assessment and plan: Good", bold=True)
    return builder


def test_areas_down_the_first_column_each_over_its_evidence_and_grade_rows():
    options = ["O", "G / \u2713", "RI", "I"]
    form = parse(_family_support_plan_audit({"The child's voice and daily life": "Requires improvement",
                                             "Working with the whole family": options}))
    # (Each "Grade | …" row is its area's, none the form's overall grade.)
    assert form.ok, form.errors
    assert form.section_grades == {"The child's voice and daily life": REQUIRES_IMPROVEMENT,
                                   "Working with the whole family": GOOD}
    assert form.grade == GOOD


def test_a_numbered_areas_prompt_naming_the_familys_words_is_no_box_of_theirs():
    builder = DocxForm("Family Support Plan \u2013 Quality Audit")
    builder.paragraph("Ref: FSS-596610")
    builder.paragraph("5. Reviews and exit planning", bold=True)
    builder.paragraph("Was the plan reviewed on time, and is the exit planned?")
    builder.paragraph("What the record shows: The plan was reviewed on time.")
    builder.paragraph("Grade: Requires improvement")
    builder.paragraph("6. Distance travelled and difference made", bold=True)
    builder.paragraph("Do the Star readings and the family's own words show what has changed?")
    builder.paragraph("What the record shows: Progress is clear from the Star readings.")
    builder.paragraph("Grade: Good")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("In the family's words", bold=True)
    builder.paragraph("Dad said he was not invited to the first meeting but feels included now.")
    builder.paragraph("Does anything in this audit mean a child should be stepped up to social work today?", bold=True)
    builder.paragraph("Yes \u2013 police notifications have not been risk assessed; raised with the Head of Service.")
    form = parse(builder)
    assert form.extra["family_voice"] == "Dad said he was not invited to the first meeting but feels included now."
    assert form.section_grades == {"5. Reviews and exit planning": REQUIRES_IMPROVEMENT,
                                   "6. Distance travelled and difference made": GOOD}
    assert form.urgent_concern is True


def _partnership_workbook(who_took_part: list[list[object]]) -> bytes:
    """A safeguarding partnership's joint audit of one child's case, the
    agencies taking part as `who_took_part` lays them out."""
    top = [[Printed("Joint Partnership Audit of a Child's Case", "6B2C91")], [],
           [Printed("Child's case no."), "CSC/4816697"], [Printed("Chair of audit panel"), "Julie Barlow"],
           [Printed("Date audited"), "26/10/2026"], [],
           [Printed("Who took part", "6B2C91")]]
    tail = [[], [None, *(Printed(grade, OPTION_FILL) for grade in ("Outstanding", "Good", "Requires improvement",
                                                                   "Inadequate"))],
            [Printed("Overall multi-agency grade agreed by the panel"), None, "X"], [],
            [Printed("Head of Service moderation", None)],
            [Printed("Moderated by", OPTION_FILL), Filled(OPTION_FILL, "Claire Whitworth")],
            [Printed("Grade after moderation", OPTION_FILL), Filled(OPTION_FILL)]]
    return styled_workbook({"Audit": top + who_took_part + tail})


AGENCIES = ["Children's Social Care", "Police", "Early Help"]


def _agency_rows() -> list[list[object]]:
    return [[Printed("Agency", "DDEBF7"), *(Printed(agency, "DDEBF7") for agency in AGENCIES)],
            [Printed("Represented by"), "Megan Pryce", "Conor Devlin", "Niamh Gallagher"],
            [Printed("Role"), "Allocated social worker", "Detective Sergeant", "Family Support Hub coordinator"],
            [Printed("Records reviewed?"), "Yes", "Yes", "Partly"]]


@pytest.mark.parametrize("graded", ["typed", "marked", "struck", "none"])
def test_a_partnership_audits_agencies_one_a_column_each_graded_in_its_column(graded):
    grades = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    chosen = {"Children's Social Care": "Good", "Police": "Requires improvement", "Early Help": "Inadequate"}
    if graded == "typed":
        rows = [[Printed("Agency grade"), "Good", "req. improvement", "Inadequate - no joint visit"]]
    elif graded == "marked":
        rows = [[Printed(f"Grade: {grade}"), *("\u25cf" if chosen[agency] == grade else None for agency in AGENCIES)]
                for grade in grades]
    elif graded == "struck":
        rows = [[Printed(f"Grade: {grade}"), *(grade if chosen[agency] == grade else Struck(grade)
                                               for agency in AGENCIES)] for grade in grades]
    else:
        rows = []
    form = parse_bytes(_partnership_workbook(_agency_rows() + rows), "audit.xlsx", definitions())
    assert form.form == "multi_agency_audit"
    # Each agency's column heads its own part; the rows' labels are no agencies.
    assert form.extra["agencies"] == AGENCIES
    assert form.section_grades == ({} if graded == "none" else {
        "Children's Social Care": GOOD, "Police": REQUIRES_IMPROVEMENT, "Early Help": INADEQUATE})
    # The panel's chair led the audit.
    assert form.auditor == "Julie Barlow"
    # The Head of Service's blank box, on the boxes' own fill, marks no grade.
    assert form.moderated_grade is None and form.final_grade == GOOD


@pytest.mark.parametrize("graded", [True, False])
def test_a_partnership_audits_agencies_one_a_row_graded_in_their_column(graded):
    rows = [[Printed("Agency", "DDEBF7"), Printed("Represented by", "DDEBF7"), Printed("Role", "DDEBF7"),
             Printed("Contribution to the child's journey", "DDEBF7"), Printed("Grade", "DDEBF7")],
            ["Housing", "Declan Mulholland", "Housing Officer", "Concerns shared the same day.", "Good"],
            ["School", "Roisin Boyle", "Deputy Principal (DSL)", "Views gathered in school.", "Outstanding"]]
    if not graded:
        rows = [row[:-1] for row in rows]
    form = parse_bytes(_partnership_workbook(rows), "audit.xlsx", definitions())
    # (Its headings are no agencies.)
    assert form.extra["agencies"] == ["Housing", "School"]
    assert form.section_grades == ({"Housing": GOOD, "School": OUTSTANDING} if graded else {})



@pytest.mark.parametrize("sessions", ["across", "line"])
def test_a_supervision_quality_check_its_checker_and_the_sessions_read(sessions):
    builder = DocxForm(heading=None)
    builder.table([["Supervision Quality Check Record"]])
    builder.table([["Role", "Name", "Job title"], ["Practitioner (supervisee)", "Chloe Dawson", "Social Worker"],
                   ["Supervising manager", "Karen Holt", "Practice Manager"],
                   ["Quality check by", "Claire Whitworth", "Head of Service"]])
    builder.paragraph("Checked on: 30 October 2026")
    builder.paragraph("C. Sessions read", bold=True)
    if sessions == "across":
        builder.table([["Session", "Session 1", "Session 2", "Session 3"],
                       ["Held on", "07-Jul-2026", "07-Aug-2026", "01-Sep-2026"],
                       ["Type", "Peer review", "One-to-one", "One-to-one"]])
    else:
        builder.paragraph("Supervision records read: 07/07/2026, 07/08/2026, 01/09/2026")
    builder.table([["Overall rating", "Good"]])
    form = parse(builder)
    # (Its title in a banner names the kind.)
    assert form.form == "supervision_audit" and form.ok, form.errors
    assert (form.practitioner, form.auditor, form.date) == ("Chloe Dawson", "Claire Whitworth", date(2026, 10, 30))
    assert form.extra["session_dates"] == ["2026-07-07", "2026-08-07", "2026-09-01"]


def test_an_early_help_file_audit_its_findings_labelled_down_the_rows():
    builder = DocxForm("Early Help File Quality Audit Tool")
    builder.table([["Record no.", "9200005"], ["Worker", "Kirsty Duckworth"],
                   ["Audited by", "Lynne Cartwright"], ["Date of audit", "16/10/2026"]])
    builder.table([["1. Assessment of the whole family", "Grade: Good"]])
    builder.paragraph("Overall judgement: Good")
    builder.table([[None, "Finding"],
                   ["Working well", "The core group meets on time."],
                   ["Working well", "Direct work with the child is on file."],
                   ["Needs to change", "The plan is not SMART."],
                   ["Needs to change", "Health partners did not attend the last core group."]])
    form = parse(builder)
    assert form.form == "early_help_audit"
    # Each row under the label repeated is one more item of its list.
    assert form.strengths == ["The core group meets on time.", "Direct work with the child is on file."]
    assert form.development_areas == ["The plan is not SMART.", "Health partners did not attend the last core group."]


def test_an_areas_rating_labelled_under_evidence_that_opens_with_a_grades_word():
    builder = DocxForm("Supervision Audit")
    builder.table([["Supervisee", "Chloe Dawson"], ["Auditor", "Claire Whitworth"], ["Date of audit", "30/10/2026"]])
    builder.table([["Standard", "Findings and rating"],
                   ["D1  Support, challenge and the worker's wellbeing", "Good balance of support and challenge."],
                   ["D2  Reflection and analysis of risk", "Good reflection is recorded."]])
    table = builder.document.tables[-1]
    for row in (1, 2):
        paragraph = table.cell(row, 1).add_paragraph()  # the rating on a line under the evidence
        add_run(paragraph, "Rating: ", bold=True)
        add_run(paragraph, "Outstanding" if row == 1 else "Requires improvement")
    builder.table([["Overall grade", "Good"]])
    form = parse(builder)
    # ("Good balance …" opens the evidence; the rating is its labelled line.)
    assert form.section_grades == {"D1 Support, challenge and the worker's wellbeing": OUTSTANDING,
                                   "D2 Reflection and analysis of risk": REQUIRES_IMPROVEMENT}


def test_a_procedure_beside_a_label_nobody_knows_is_not_taken_for_the_familys_names():
    builder = DocxForm("Practice Quality Audit \u2013 Early Help")
    builder.table([["Early Help ref", "EH/24260", "Lead practitioner", "Farah Malik"],
                   ["Team name", "Early Help Team North", "Service", "Assessment and Child Protection"]])
    for title, procedure in (("B1. Assessment of needs and risks", "Single Assessment; Thresholds"),
                             ("B2. Planning for the child", "Early Help / Common Assessment Framework")):
        builder.paragraph(title, bold=True)
        builder.paragraph(f"Consortium procedure / standard: {procedure}")
        builder.paragraph("Grade: Good")
    builder.paragraph("Overall grade: Good")
    form = parse(builder)
    # (Every word of the procedures is one English uses and no one's first
    # name: none of it is redacted from the team, the service or the areas.)
    assert (form.team, form.service) == ("Early Help Team North", "Assessment and Child Protection")
    assert form.section_grades == {"B1. Assessment of needs and risks": GOOD, "B2. Planning for the child": GOOD}


def test_an_area_then_judgement_alone_over_the_four_grades_with_a_mark_under_one():
    builder = DocxForm("Practice Quality Audit")
    builder.table([["Case ref", "5600913"], ["Auditor", "Jane Smith"], ["Date of audit", "06/10/2026"]])
    order = ["Good", "Outstanding", "Requires improvement", "Inadequate"]
    for title, label, chosen in (("B1. The child's voice", "Judgement:", "Outstanding"),
                                 ("B2. Planning for the child", "Grade:", "Requires improvement")):
        builder.paragraph(title, bold=True)
        builder.paragraph("Consortium procedure / standard: Local practice standard")
        builder.paragraph("Evidence: The plan is reviewed on time.")
        builder.paragraph(label, bold=True)
        builder.table([order, ["\u221a" if grade == chosen else "" for grade in order]])
    builder.paragraph("Overall judgement of the quality of practice for this child:", bold=True)
    builder.table([order, ["\u221a" if grade == "Good" else "" for grade in order]])
    form = parse(builder)
    # Each mark under "Judgement:" grades the area above it; only the last
    # is the overall grade.
    assert form.ok, form.errors
    assert form.section_grades == {"B1. The child's voice": OUTSTANDING,
                                   "B2. Planning for the child": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD


def test_what_needs_to_happen_to_be_good_beside_the_strengths_is_what_falls_short():
    builder = DocxForm("Case File Review Record")
    builder.table([["Case ref", "5600913"], ["Auditor", "Jane Smith"], ["Overall grade", "Good"]])
    builder.table([["Strengths of the practice", "What needs to happen to be good (or better)"],
                   ["\u2022 The chronology is up to date.\n\u2022 Direct work with Lacey is on file.",
                    "\u2022 Supervision records do not show reflection.\n\u2022 Some recording uses jargon."]])
    builder.table([["Action", "Who", "By when"],
                   ["Hold a family network meeting.", "Practice manager", "04/12/2026"]])
    form = parse(builder)
    # The points beside the strengths are areas for development; the
    # actions are the one row of the actions table.
    assert form.development_areas == ["Supervision records do not show reflection.", "Some recording uses jargon."]
    assert [action.action for action in form.actions] == ["Hold a family network meeting."]


def _area_box(builder: DocxForm, title: str, evidence: str, grade: str | list[tuple[str, bool]]):
    """One box an area: its title in bold over its prompt, the evidence and
    its grade line (typed, or the four grades with all but one struck)."""
    table = builder.table([[None]])
    cell = table.cell(0, 0)
    add_run(cell.paragraphs[0], title, bold=True)
    cell.add_paragraph("Seen, heard and understood by each agency?")
    cell.add_paragraph(evidence)
    line = cell.add_paragraph()
    add_run(line, "Grade: ", bold=True)
    for position, (text, struck) in enumerate([(grade, False)] if isinstance(grade, str) else grade):
        if position:
            add_run(line, " / ")
        add_run(line, text).font.strike = struck


def test_an_areas_own_box_its_title_over_its_grade_grades_that_area():
    builder = DocxForm("Partnership Practice Review (multi-agency audit)")
    builder.table([["LCS number", "CSC/4524223"], ["Lead auditor", "Joanne Fletcher"]])
    builder.paragraph("3. Joint findings against the key lines of enquiry", bold=True)
    builder.paragraph("Grading key: 1 = Outstanding  2 = Good  3 = Requires improvement  4 = Inadequate")
    _area_box(builder, "The child's voice and lived experience", "The record is up to date.", "2")
    _area_box(builder, "Information sharing and communication", "Risks were not acted on.", "4 (inadequate)")
    four = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    _area_box(builder, "Joint assessment of need and risk", "History is understood.",
              [(grade, grade != "Outstanding") for grade in four])
    builder.paragraph("4. Overall judgement", bold=True)
    builder.table([["Overall judgement: 3 (requires improvement)"]])
    form = parse(builder)
    # Each box's grade is its own area's (not the part's title above nor
    # the box before), and none of them is the overall grade.
    assert form.ok, form.errors
    assert form.section_grades == {"The child's voice and lived experience": GOOD,
                                   "Information sharing and communication": INADEQUATE,
                                   "Joint assessment of need and risk": OUTSTANDING}
    assert form.grade == REQUIRES_IMPROVEMENT


def test_a_thematic_reports_chair_lead_service_meeting_day_and_sample_stated_in_a_sentence():
    builder = DocxForm("Thematic Audit \u2013 Findings and Recommendations")
    builder.table([["Audit topic", "Children missing from home", "Chair of the audit meeting", "Liam Doherty"],
                   ["Date of multi-agency audit day", "Friday 30 October 2026", "Lead service", "Children in Care"]])
    builder.table([["Case", "Initials", "Grade"], ["Child A", "L.D.", "Good"], ["Child B", "P.W.", "RI"],
                   ["Child C", "H.T.", "Good"]])
    builder.paragraph("Of the 3 cases audited, 2 were rated good or outstanding and 1 below that.")
    builder.paragraph("Audit group's overall judgement: Good")
    builder.paragraph("Section 7 \u2013 Agreement of the report", bold=True)
    builder.table([["Agreed by", "Robert Ainsworth"], ["Date", "Saturday 7 November 2026"],
                   ["Moderated judgement", "Good"]])
    form = parse(builder)
    assert form.form == "thematic_audit"
    # The chair led the audit; the lead service is a service, no person;
    # the date beside the moderated judgement is the day it was agreed.
    assert (form.auditor, form.service) == ("Liam Doherty", "Children in Care")
    assert form.date == date(2026, 10, 30)
    assert form.extra["cases_sampled"] == 3


def test_no_recommendations_made_and_a_sign_off_still_to_come_are_no_action_and_no_moderation():
    builder = DocxForm("Thematic Audit \u2013 Findings and Recommendations")
    builder.table([["Audit topic", "Children missing from home"], ["Audit lead", "Liam Doherty"],
                   ["Date of audit meeting", "26/10/2026"]])
    builder.paragraph("Audit group's overall judgement: Good")
    builder.paragraph("Section 6 \u2013 Recommendations and actions", bold=True)
    builder.paragraph("No further recommendations were made by the audit group.")
    builder.paragraph("Head of Service sign-off", bold=True)
    builder.table([["Signed off by", None], ["Date", None],
                   ["Comments", "To be signed off at the next QA Subgroup."], ["Agreed overall judgement", None]])
    form = parse(builder)
    assert form.actions == []
    assert not form.moderated


def test_the_grades_printed_one_a_line_under_the_label_the_chosen_one_highlighted():
    builder = DocxForm("Early Help / Family Help Case Review")
    builder.table([["Early Help ref.", "EH/19963"], ["Auditor (TM)", "Helen Marsden"], ["Date audited", "06/10/2026"]])
    builder.paragraph("Part 4 \u2013 Overall grade for this case", bold=True)
    builder.paragraph("Overall grade for the case: ", bold=True)
    for grade in ("Outstanding", "Good", "Requires improvement", "Inadequate"):
        add_run(builder.document.add_paragraph(), grade, bold=grade == "Good", highlight=grade == "Good")
    builder.paragraph("Rationale: Discussed with the lead practitioner before finalising.")
    form = parse(builder)
    # (Not the first of the four: the one picked out. A review of one
    # Early Help case is its audit.)
    assert (form.form, form.grade) == ("early_help_audit", GOOD)


def test_evidence_of_what_works_under_each_area_is_no_strength_where_a_part_sums_them_up():
    builder = DocxForm("Early Help / Family Help Case Review")
    builder.table([["Early Help ref.", "EH/19963"], ["Auditor (TM)", "Helen Marsden"]])
    for title, evidence, grade in (("1. Voice of the child", "The chronology is incomplete.", "Good"),
                                   ("2. Early Help Assessment", "Decisions are explained.", "Outstanding")):
        builder.paragraph(title, bold=True)
        builder.paragraph("What we look for: The child is seen, heard and their words change the plan.")
        builder.paragraph(f"Evidence / what is working well: {evidence}")
        builder.paragraph(f"Grade: {grade}")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("HoS moderation: agree \u2013 Req. improvement", colour="00B050", bold=True)
    builder.paragraph("Rationale: Weighed across the three themes.")
    builder.paragraph("Part 5 \u2013 What is working well and what needs to change", bold=True, colour="C8102E")
    builder.paragraph("What's working well?", bold=True)
    builder.paragraph("\u2022 Direct work with the child is on file.")
    builder.paragraph("What are we worried about?", bold=True)
    builder.paragraph("\u2022 The child's lived experience is not clear.")
    builder.paragraph("\u2022 Supervision records do not show reflection.")
    form = parse(builder)
    # The areas' evidence stays with the areas; the part named for both
    # lists holds the form's own; a grade after a dash names no list.
    assert form.section_grades == {"1. Voice of the child": GOOD, "2. Early Help Assessment": OUTSTANDING}
    assert form.strengths == ["Direct work with the child is on file."]
    assert form.development_areas == ["The child's lived experience is not clear.",
                                      "Supervision records do not show reflection."]


def test_an_outcome_under_who_moderated_and_when_is_the_moderations_grade():
    builder = DocxForm("Early Help / Family Help Case Review")
    builder.table([["Early Help ref.", "EH/19963"], ["Auditor (TM)", "Joanne Fletcher"], ["Date audited", "05/10/2026"]])
    builder.paragraph("Overall grade: Requires improvement")
    builder.paragraph("Head of Service moderation", bold=True)
    builder.paragraph("Moderated by: Claire Whitworth, Head of Service", colour="00B050")
    builder.paragraph("Date: 12/10/2026", colour="00B050")
    builder.paragraph("Outcome: Grade agreed \u2013 Req. Imp.", colour="00B050")
    builder.paragraph("Comments: I agree with the auditor's findings.", colour="00B050")
    form = parse(builder)
    # (The auditor's grade is the one before; the outcome is the moderator's.)
    assert form.ok, form.errors
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT)


def _graded_box(builder: DocxForm, title: str, grade: str | None, evidence: str):
    """An area's box: its numbered title in bold beside its grade, the
    evidence in the row beneath; `grade` None prints the four grades with
    Good picked out in bold and highlighted."""
    table = builder.table([[None, None], [f"Evidence: {evidence}", None]])
    add_run(table.cell(0, 0).paragraphs[0], title, bold=True)
    grades = table.cell(0, 1).paragraphs[0]
    if grade is not None:
        add_run(grades, "Grade: ", bold=True)
        add_run(grades, grade)
        return
    for position, option in enumerate(("Outstanding", "Good", "Requires improvement", "Inadequate")):
        add_run(grades, (" / " if position else "") + option, bold=option == "Good", highlight=option == "Good")


def test_an_areas_box_titled_with_its_name_and_number_beside_its_grade():
    builder = DocxForm("Early Help File Quality Audit")
    builder.table([["Record no.", "EH/7639370"], ["Audited by", "Lynne Cartwright"], ["Audit date", "02/10/2026"]])
    builder.paragraph("Areas of practice", bold=True)
    _graded_box(builder, "1. Assessment of the whole family", "Requires improvement", "The chronology is incomplete.")
    _graded_box(builder, "2. Family voice and engagement", None, "Decisions are explained.")
    _graded_box(builder, "3. The family plan", "Good", "The plan is SMART.")
    builder.paragraph("Overall grade: Good")
    builder.paragraph("HoS comment: agree \u2013 R.I.", colour="7030A0")
    form = parse(builder)
    # Each box grades the area it names (not the part's title, and an area
    # whose name means a box of the form is still an area); agreeing and
    # naming the grade after a dash is the moderator's grade.
    assert form.section_grades == {"1. Assessment of the whole family": REQUIRES_IMPROVEMENT,
                                   "2. Family voice and engagement": GOOD, "3. The family plan": GOOD}
    assert "family_voice" not in form.extra
    assert form.moderated_grade == REQUIRES_IMPROVEMENT


def test_a_check_that_says_it_has_no_actions_has_none():
    builder = DocxForm("Supervision Quality Check")
    builder.table([["Supervisee", "Chloe Dawson"], ["Checked by", "Claire Whitworth"], ["Date of check", "30/10/2026"]])
    builder.paragraph("Overall rating: Good")
    builder.paragraph("F. Actions agreed", bold=True)
    builder.paragraph("There are no actions from this check.")
    assert parse(builder).actions == []


def test_a_lettered_sign_off_part_is_the_checkers_where_the_head_of_service_has_a_part_of_their_own():
    for signer in ("Quality check completed by", "Signed"):
        builder = DocxForm("Supervision Quality Check")
        builder.table([["Supervisee", "Chloe Dawson"], ["Date of check", "30/10/2026"]])
        builder.paragraph("E. Overall rating and findings", bold=True)
        box = builder.table([[None]]).cell(0, 0)
        add_run(box.paragraphs[0], "Overall quality of supervision: ", bold=True)
        add_run(box.paragraphs[0], "Good")
        moderated = box.add_paragraph()
        add_run(moderated, "HoS moderated rating: ", bold=True)
        add_run(moderated, "R.I.", colour="00B050")
        builder.paragraph("Part H \u2013 Sign-off", bold=True)
        builder.table([[signer, "Claire Whitworth \u2013 30th of October 2026"],
                       ["Feedback given to supervisor and supervisee?", "Yes, by email"]])
        if signer != "Signed":
            # (Who completed it says whose it is, whatever follows.)
            builder.paragraph("Supervisor's response: Discussed with the worker.")
        builder.paragraph("Head of Service moderation", bold=True)
        builder.table([["Moderating Head of Service", None], ["Moderated rating", None], ["Comments", None]])
        form = parse(builder)
        # The box holds two labelled lines: the checker's rating and the
        # Head of Service's; the sign-off's answers are the checker's.
        assert (form.grade, form.moderated_grade) == (GOOD, REQUIRES_IMPROVEMENT), signer
        assert form.moderator_comments == [], signer


def test_the_name_of_the_worker_supervised_is_the_supervisee():
    builder = DocxForm("Quality Check of Safeguarding Supervision Records")
    builder.table([["Name of worker supervised", "Sophie Tranter"], ["Supervisor", "Paul Gregson"],
                   ["Quality check by", "Claire Whitworth (Head of Service)"], ["Date completed", "08/10/2026"]])
    builder.paragraph("Overall rating: Good")
    form = parse(builder)
    assert form.form == "supervision_audit" and form.ok, form.errors
    assert form.practitioner == "Sophie Tranter"


def test_lines_of_enquiry_across_the_sheet_each_agencys_findings_down_it_and_the_panels_grades_beneath():
    loes = ["LOE 1 \u2013 Was the child seen, heard and understood by each agency?",
            "LOE 2 \u2013 Was information shared promptly, in full and acted on?",
            "LOE 3 \u2013 Was risk recognised, assessed and escalated in time?"]
    rows = [["Multi-Agency Case Review \u2013 Audit Workbook"], [],
            ["LCS number", "LCS4231603"], ["Lead auditor", "Karen Holt"], ["Panel date", "05/10/2026"], [],
            ["Section 3: Lines of enquiry"], ["Agency", *loes],
            ["Police", "Records are brief.", "Seen at every contact.", "Chronology held."],
            ["School", "No contact in the period.", "Records are brief.", "Not invited to the review."],
            ["Health visiting", "Seen at every contact.", "No contact in the period.", "Chronology held."],
            ["Panel finding", "The chronology is incomplete.", "The plan is reviewed on time.", "Risk was escalated."],
            ["Panel grade", "RI", "GOOD", "Good \u2014 discussed with the SW"], [],
            ["Overall grade", "Good"]]
    form = parse_bytes(xlsx_bytes({"Case review": rows}), "review.xlsx", definitions())
    # Each line of enquiry graded in its column, however far below its
    # name; no agency's findings taken for an area.
    assert form.section_grades == {loes[0]: REQUIRES_IMPROVEMENT, loes[1]: GOOD, loes[2]: GOOD}


def test_a_line_of_enquiry_titled_under_its_sections_title_is_the_area_its_grade_grades():
    rows = [[Printed("Multi-Agency Case Review \u2013 Audit Workbook", "005EB8")], [],
            [Printed("LCS number", "DEEAF6"), "LCS4231603"], [Printed("Lead auditor", "DEEAF6"), "Karen Holt"], [],
            [Printed("Section 3: Lines of enquiry", "005EB8")],
            [Printed("LOE 1 \u2013 Was the child seen, heard and understood by each agency?", "BDD7EE")],
            [Printed("Agency", "F2F2F2"), Printed("What the agency's records show", "F2F2F2")],
            ["School", "No contact in the period."], ["Police", "Records are brief."],
            [Printed("Panel finding"), "Decisions are explained."],
            [Printed("Grade for this line of enquiry"), Filled("FFF2CC", "Good")], [],
            [Printed("Overall grade", "DEEAF6"), "Good"]]
    form = parse_bytes(styled_workbook({"Findings": rows}), "review.xlsx", definitions())
    # (Not the section's title: the line of enquiry numbered under it.)
    assert form.section_grades == {"LOE 1 \u2013 Was the child seen, heard and understood by each agency?": GOOD}


def test_agencies_findings_over_a_row_of_grades_name_no_areas():
    rows = [[Printed("Multi-Agency Case Review", "005EB8")], [], [Printed("LCS number"), "LCS4231603"],
            [Printed("Lead auditor"), "Karen Holt"], [],
            [Printed("Health visiting"), "Records are brief.", "Seen at every contact.", "Chronology held."],
            [Printed("Housing"), "Attended core groups.", "Chronology held.", "Not invited to the review."],
            [Printed("School"), "No contact in the period.", "Records are brief.", "Not invited to the review."],
            [Printed("Panel grade"), "RI", "GOOD", "Good"], [], [Printed("Overall grade"), "Good"]]
    form = parse_bytes(styled_workbook({"Findings": rows}), "review.xlsx", definitions())
    # (No row names the areas: a finding is no area's name.)
    assert not any(name.endswith(".") for name in form.section_grades)


def test_a_themed_multi_agency_deep_dive_its_day_its_agencies_headings_and_its_chairs_agreement():
    builder = DocxForm("Deep Dive: Themed Multi-Agency Audit")
    builder.table([["Focus", "Children's emotional and mental health"], ["Date of deep dive", "1 October 2026"],
                   ["Audit lead", "Colin Heap (Early Help Manager)"], ["No. of children", "2"]])
    builder.paragraph("Child A \u2013 1833958 \u2013 CLA")
    builder.paragraph("Child B \u2013 8783818 \u2013 CP")
    table = builder.table([["Agency", "Auditor", "Role", "Attended"],
                           ["Housing", "Craig Ormerod", "Tenancy Support Officer", "Yes"],
                           ["Health", "Kerry Dunleavy", "Health Visitor", "Y"],
                           ["Education", "Wayne Brookes", "Education Welfare Officer", "Yes"]])
    for cell in table.rows[0].cells:  # the list's headings, printed alike
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "D9E2F3")
    builder.paragraph("Overall evaluation: Good")
    builder.paragraph("Was any child in the cohort found to be at risk today? (If yes, refer at once)  "
                      "\u2610 Yes   \u2612 No")
    builder.paragraph("Part 9 \u2013 LOG chair's oversight", bold=True)
    builder.table([["Signed off by", "Susan Pemberton"], ["Do you agree with the overall evaluation?", "Agreed"]])
    form = parse(builder)
    # A themed audit, whoever reads the cases; the chair agreeing with the
    # evaluation moderates it; the note before the boxes is no answer.
    assert form.form == "thematic_audit"
    assert (form.date, form.auditor) == (date(2026, 10, 1), "Colin Heap")
    assert form.urgent_concern is False
    assert (form.moderated, form.moderated_grade) == (True, GOOD)


def test_the_children_tracked_and_the_records_reviewed_are_all_the_sample():
    builder = DocxForm("Deep Dive Review of the Multi-agency Response")
    builder.paragraph("Theme: Children living with domestic abuse")
    builder.paragraph("Review led by: Joanne Fletcher")
    builder.paragraph("Date: 09/10/2026")
    builder.paragraph("Tracked end to end: LCS6871007, LCS8324876")
    builder.paragraph("Records reviewed: LCS8626533, LCS4681977, LCS9508958")
    builder.paragraph("Overall grade: Good")
    form = parse(builder)
    assert form.extra["sampled_case_ids"] == ["LCS6871007", "LCS8324876", "LCS8626533", "LCS4681977", "LCS9508958"]


def test_the_four_grades_printed_as_headings_then_again_beneath_with_all_but_one_struck():
    four = ["Outstanding", "Good", "Requires Improvement", "Inadequate"]
    rows = [[Printed("Early Help Audit", "A6192E")], [],
            [Printed("EH reference"), "EH/24260"], [Printed("Auditor"), "Lynne Cartwright"], [],
            [Printed("Overall judgement of the EHA and plan", "E2EFDA"), *[Printed(grade, "D9D9D9") for grade in four]],
            [None, *[Filled("FFFF00", grade) if grade == "Inadequate" else Struck(grade) for grade in four]]]
    form = parse_bytes(styled_workbook({"Audit": rows}), "audit.xlsx", definitions())
    # (The choice is in the row beneath the headings, not "none marked".)
    assert form.grade == INADEQUATE and form.ok, form.errors


def test_a_case_not_in_the_months_moderation_sample_is_not_moderated():
    rows = [[Printed("Early Help Audit", "A6192E")], [], [Printed("EH reference"), "EH/24260"],
            [Printed("Auditor"), "Lynne Cartwright"], [Printed("Overall grade"), "Good"], [],
            [Printed("Head of Service / Head of Early Help moderation", "005EB8")],
            [Printed("Name of moderator")], [Printed("Grade following moderation")],
            [Printed("Comments"), None, "Not in this month's moderation sample"]]
    form = parse_bytes(styled_workbook({"Audit": rows}), "audit.xlsx", definitions())
    # (No comment of a moderator's, so no warning that one has no grade.)
    assert not form.moderated and form.moderator_comments == []


def test_actions_titled_with_what_each_should_say_are_the_actions():
    rows = [[Printed("Early Help Audit", "A6192E")], [], [Printed("EH reference"), "EH/24260"],
            [Printed("Auditor"), "Lynne Cartwright"], [Printed("Overall grade"), "Good"], [],
            [Printed("Actions \u2013 by who, by when", "00703C")],
            ["1) Review the plan with the family. \u2013 Amy Stott \u2013 by 7th of December 2026\n"
             "2) Complete direct work with Tyler. \u2013 Amy Stott \u2013 by 9th of December 2026"]]
    form = parse_bytes(styled_workbook({"Audit": rows}), "audit.xlsx", definitions())
    assert [action.due for action in form.actions] == [date(2026, 12, 7), date(2026, 12, 9)]


def test_a_practitioner_named_by_what_they_did_is_the_practitioner_and_their_name_stays_in_the_familys_words():
    rows = [[Printed("Family Voice \u2013 Conversation with the Family", "6B2C91")], [],
            [Printed("Case reference"), "C2729323", None, Printed("Child's name"), "Amira Rushton"],
            [Printed("Practitioner who supported the family"), "Amy Stott", None, Printed("Team"),
             "Early Help Team South"],
            [Printed("Name of person speaking with the family"), "Colin Heap", None, Printed("Date we spoke"),
             "28 October 2026"], [],
            [Printed("What the family said")],
            ["Amy was the first person who didn't make me feel like a bad mum."]]
    form = parse_bytes(styled_workbook({"Conversation": rows}), "conversation.xlsx", definitions())
    assert (form.practitioner, form.auditor) == ("Amy Stott", "Colin Heap")
    # (Known as the worker, Amy is no one to hide from the family's words.)
    assert form.extra["family_view"] == "Amy was the first person who didn't make me feel like a bad mum."


def test_a_supervision_audit_s_records_read_dated_down_a_column_and_its_functions_titled_as_areas():
    builder = _supervision_audit("Practitioner supervised: Leanne Ogden", "Supervising manager: Colin Heap",
                                 "Auditor: Mark Ellison", "Date of audit: 27.10.26")
    # Dates down a column under a head nothing explains, told by their values.
    builder.table([["Supervision on", "Management", "Support", "Development", "Written up within 5 days?"],
                   ["29.07.26", "X", "X", "X", "Yes"], ["24.08.26", "X", None, "X", "No \u2013 9 days"],
                   ["22.09.26", "X", "X", "X", "Yes"]])
    form = parse(builder)
    assert form.extra["session_dates"] == ["2026-07-29", "2026-08-24", "2026-09-22"]


def test_one_of_supervisions_four_functions_titling_what_was_found_is_an_area_not_areas_for_development():
    builder = DocxForm("Supervision Record Audit")
    builder.paragraph("Practitioner supervised: Sophie Tranter")
    builder.paragraph("Auditor: Julie Barlow")
    builder.paragraph("Section 3 \u2013 The standards", bold=True)
    for function, found in (("Management function", "Case direction is clear for every child discussed."),
                            ("Development function", "Reflection is recorded in the worker's words."),
                            ("Mediation function", "Waiting times were escalated and the answer recorded.")):
        builder.paragraph(function, bold=True, colour="00703C")
        builder.paragraph("What do the records show?")
        builder.paragraph(f"Found: {found}")
    builder.table([["Management function", "Good"], ["Development function", "GOOD \u2014 plan needs to be SMART"],
                   ["Mediation function", "Good"]])
    builder.paragraph("Section 5 \u2013 Findings", bold=True)
    builder.paragraph("Even better if", bold=True)
    builder.paragraph("1. Reflection and analysis are not always recorded, only the actions.")
    form = parse(builder)
    assert form.form == "supervision_audit"
    assert form.development_areas == ["Reflection and analysis are not always recorded, only the actions."]


def test_a_supervision_audit_s_dates_of_the_records_read():
    form = parse(_supervision_audit("Practitioner supervised: Leanne Ogden", "Auditor: Mark Ellison",
                                    "Dates of the records read: 02.08.26, 31.08.26, 28.09.26"))
    assert form.extra["session_dates"] == ["2026-08-02", "2026-08-31", "2026-09-28"]


def _quality_check(title: str = "Quality Check \u2013 Practice Conversation") -> DocxForm:
    builder = DocxForm(title)
    builder.paragraph("Start with what is going well and why, then ask what would make it even better.")
    return builder


def test_a_practice_conversation_its_details_set_apart_by_bars_and_its_areas_each_a_table_titled_by_number():
    builder = _quality_check()
    builder.paragraph("Child: Frankie Ramsden   |   EHM ID: EH/31528   |   Lead practitioner: Amy Stott, Lead Professional")
    builder.paragraph("Team: Early Help Team South   |   Conversation led by: Colin Heap (EH Team Manager)   |   "
                      "Date: 30th Oct 2026")
    # Professionals named with their roles among those who took part.
    builder.paragraph("Present: Amy Stott (early help practitioner); Craig Ramsden (dad).")
    builder.paragraph("Family conversation by: Telephone call")
    for number, (area, heard, grade) in enumerate((
            ("Knowing the child and their world", "Amy clearly knows Frankie and can say what a good day is.", "Good"),
            ("A plan that makes a difference", "The plan does not say what will be different.", "RI")), start=1):
        table = builder.table([[f"{number}. {area}", "Grade"], [heard, grade]])
        for cell in table.rows[0].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
        builder.paragraph()
    builder.paragraph("What the family told us", bold=True)
    builder.paragraph("Dad said Amy now rings him before every meeting.")
    builder.paragraph("Findings", bold=True, colour="00703C")
    builder.paragraph("Taking everything we heard together, overall quality of practice found through the "
                      "conversation is requires improvement.", bold=True)
    builder.paragraph("What we appreciated", bold=True)
    builder.paragraph("Amy talks about the family with warmth.")
    builder.paragraph("Even better if", bold=True)
    builder.paragraph("The chronology has not been updated since the last review.")
    form = parse(builder)
    assert form.form == "conversation_audit" and form.ok, form.errors
    assert (form.case_id, form.practitioner, form.team, form.auditor) == (
        "EH/31528", "Amy Stott", "Early Help Team South", "Colin Heap")
    assert form.extra["method"] == "Telephone call"
    assert form.section_grades == {"1. Knowing the child and their world": GOOD,
                                   "2. A plan that makes a difference": REQUIRES_IMPROVEMENT}
    assert form.grade == REQUIRES_IMPROVEMENT
    assert form.strengths == ["Amy talks about the family with warmth."]
    # The practitioner is no family member: their name stays in what the family said.
    assert "Amy" in form.extra["family_view"] and "Craig" not in json.dumps(form.to_json())


def test_a_practice_conversation_s_grade_and_answer_boxed_at_the_top_and_the_family_not_spoken_to():
    builder = _quality_check("Practice Conversation Quality Check")
    builder.table([["Our overall view of the practice", "Req. Imp. \u2014 see evidence above"],
                   ["Is anything from this conversation a worry for a child's safety today?", "No"]])
    builder.paragraph("Family ref.: 3573111")
    builder.paragraph("Practitioner: Ben Rigby")
    builder.paragraph("Checked by: Liam Doherty")
    builder.paragraph("Present: Ben Rigby (early help practitioner); Lynne Cartwright (practitioner's manager).")
    builder.paragraph("Family not spoken to \u2013 why? We could not reach the family after three calls and a letter.")
    builder.paragraph("What is different for the family now?", bold=True)
    builder.paragraph("Ben said home conditions have improved and stayed better for two months.")
    form = parse(builder)
    # Those present named with their jobs are professionals, not family.
    assert form.extra["difference_made"].startswith("Ben said")
    assert form.form == "conversation_audit" and form.ok, form.errors
    assert form.grade == REQUIRES_IMPROVEMENT and form.urgent_concern is False
    assert not any("no answer to it was read" in warning for warning in form.warnings)
    # Not sent back for the family's words: the form says why there are none.
    assert form.extra["feedback_sought"] is False


def test_a_part_asking_who_and_what_was_checked_names_no_checker():
    builder = DocxForm("Record Check: Reflective Supervision")
    builder.paragraph("1. Who and what was checked", bold=True, colour="005EB8")
    builder.paragraph("SW / practitioner:\tMohammed Iqbal\t\tSupervisor:\tPaul Gregson")
    builder.paragraph("Record check completed by:\tClaire Whitworth\t\tDate of check:\t22/10/2026")
    # An area's title band across its table, white on a fill.
    band = builder.table([["Development function: learning and professional growth", None],
                          ["What we look for", "Are learning needs and the appraisal objectives followed up?"],
                          ["Evidence from the records", "Some reflection is recorded, but hypotheses are not revisited."],
                          ["Grade", "requires improvement"]])
    title = band.cell(0, 0).merge(band.cell(0, 1))
    shade(title, "6B2C91")
    for run in title.paragraphs[0].runs:
        run.bold, run.font.color.rgb = True, RGBColor(0xFF, 0xFF, 0xFF)
    builder.table([["Overall grade", "Good"]])
    builder.paragraph("Even better if", bold=True)
    builder.paragraph("Reflection and analysis are not always recorded, only the actions.")
    form = parse(builder)
    assert form.form == "supervision_audit" and form.ok, form.errors
    assert (form.practitioner, form.auditor) == ("Mohammed Iqbal", "Claire Whitworth")
    assert form.development_areas == ["Reflection and analysis are not always recorded, only the actions."]


def test_a_threshold_step_audit_workbook_its_details_over_their_values_and_actions_numbered_down_the_rows():
    rows = [[Printed("Threshold Step Audit", "00788A")], [],
            [Printed(label) for label in ("EH number", "Name", "Date of birth", "Lead professional", "EH team")],
            ["EHM155777", "Oakley Kowalczyk", datetime(2021, 10, 12), "Leanne Ogden", "Early Help Team South"],
            [Printed("Decision date"), datetime(2026, 9, 18)],
            [Printed("Direction of step"), "Step down to Early Help"], [],
            [Printed("Overall grade \u2013 threshold decision and step"), "Good"], [],
            [Printed("Actions \u2013 what, who, by when")],
            [Printed("Action 1"), "Update the chronology. Who: Ben Rigby. By: 9th of November 2026."],
            [Printed("Action 2"), "Review the plan with the family. Who: Ben Rigby. By: 2nd of November 2026."], [],
            [Printed("Sign-off")], [Printed("Audited by"), "Colin Heap (Team Manager)"],
            [Printed("Date"), "Friday 30 October 2026"]]
    form = parse_bytes(styled_workbook({"Step audit": rows}), "step.xlsx", definitions())
    assert form.form == "step_up_down_audit" and form.ok, form.errors
    # A date under "Decision date" is the step's, never a case reference.
    assert (form.case_id, form.practitioner, form.team) == ("EHM155777", "Leanne Ogden", "Early Help Team South")
    assert form.extra["transfer_date"] == "2026-09-18"
    assert [action.due.isoformat() for action in form.actions] == ["2026-11-09", "2026-11-02"]
    # "Audited by" under "Sign-off" is the audit's own author, not a moderator.
    assert (form.auditor, form.date.isoformat()) == ("Colin Heap", "2026-10-30")


def test_a_date_under_a_details_strip_is_no_second_case_and_a_threshold_step_audit_is_a_step_audit():
    rows = [[Printed("Threshold Step Audit", "00788A")], [Printed("Northmoor Council \u2013 Early Help Service")], [],
            [Printed(label) for label in ("EH number", "Name", "Lead professional", "EH team")],
            ["EHM155777", "Oakley Kowalczyk", "Leanne Ogden", "Early Help Team South"],
            [Printed("Decision date"), Printed("Decision made by")],
            [datetime(2026, 9, 18), "Paul Gregson"], [],
            [Printed("Early Help plan reviewed"), "Yes"],
            [Printed("Overall grade"), "Good"], [Printed("Auditor"), "Colin Heap"]]
    form = parse_bytes(styled_workbook({"Step audit": rows}), "step.xlsx", definitions())
    assert form.form == "step_up_down_audit"
    # (The decision's date under the case's reference is not a second case.)
    assert form.case_id == "EHM155777" and form.ok, form.errors



@pytest.mark.parametrize("how", ["Spoken to: parent, at the review meeting.",
                                 "Family contacted by the auditor after the TAF meeting.",
                                 "How did you hear from the family? Phone call with the parent."])
def test_how_the_family_were_heard_from_is_not_their_words(how):
    builder = DocxForm("Early Help Practice Review \u2013 TAF Audit Record")
    builder.table([["Early Help ref", "EH-721815"], ["Lead reviewer", "Colin Heap"], ["Overall rating", "Good"]])
    builder.paragraph("5. What the family told us", bold=True)
    cell = builder.table([[how]]).cell(0, 0)
    cell.add_paragraph("Dad said he was not invited to the first meeting but feels included now.")
    form = parse(builder)
    assert form.extra["family_voice"] == "Dad said he was not invited to the first meeting but feels included now."


def test_an_observations_competences_across_the_sheet_under_a_key_and_a_competence_named_by_a_service():
    competences = ["Communicate and engage", "Assess and plan", "Intervene and provide services"]
    rows = [[Printed("Planned Direct Observation of Practice", "6B2C91")],
            [Printed("Name of worker"), "Emma Haslam", None, Printed("Observer"), "Karen Holt"],
            [Printed("Date of visit"), "30.10.26", None, Printed("LCS ID"), "CSC/4389592"], [],
            ["Key:  1 = Inadequate   2 = Requires Improvement to be Good   3 = Good   4 = Outstanding"],
            [Printed("Core competence"), *[Printed(name) for name in competences]],
            [Printed("Evidence seen"), "Skilful and warm.", "Weighs what is seen against the plan.", "Purposeful."],
            [Printed("Rating (1-4)"), "4", "3", "2"], [],
            [Printed("Overall quality of the observed visit"), "3"], [],
            [Printed("Intervene and provide services")],
            ["Look for: Uses a tool or approach on purpose; offers the right help."]]
    form = parse_bytes(styled_workbook({"Form": rows}), "observation.xlsx", definitions())
    assert form.form == "observation" and form.ok, form.errors
    # (The key's line is no area's title; the competences are the areas.)
    assert form.section_grades == {"Communicate and engage": OUTSTANDING, "Assess and plan": GOOD,
                                   "Intervene and provide services": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD
    # "Look for: …" under a competence's name is what to look for, not a service.
    assert form.service is None


def test_a_deep_dive_saying_no_actions_arise_from_it_has_no_action():
    builder = DocxForm("Thematic Deep Dive \u2013 Audit Record")
    builder.table([["Focus", "Exploitation"], ["Lead auditor", "Nicola Wragg"], ["Date of deep dive", "16-Oct-2026"]])
    builder.paragraph("Part 8 \u2013 Multi-agency actions", bold=True)
    builder.paragraph("No actions arising from this deep dive.")
    assert parse(builder).actions == []


def test_a_checker_is_the_auditor_and_their_signed_sign_off_is_not_a_moderation():
    builder = DocxForm("Record Check: Reflective Supervision")
    builder.table([["SW / practitioner", "Leanne Ogden"], ["Supervisor", "Colin Heap"], ["Checker", "Mark Ellison"],
                   ["Date of check", "7 October 2026"], ["Overall judgement", "Good"]])
    builder.paragraph("8. Sign-off", bold=True)
    builder.table([["Signed (checker)", "Mark Ellison"], ["Feedback given to supervisor and supervisee?", "Yes, by email"]])
    form = parse(builder)
    assert form.form == "supervision_audit" and form.auditor == "Mark Ellison"
    assert form.moderator_comments == [] and form.extra.get("moderator") is None


def theme_review(children: str | None) -> DocxForm:
    builder = DocxForm("Joint Inspection Theme Review")
    builder.table([["Theme", "Children living with domestic abuse"], ["Completed by Head of Service", "Joanne Fletcher"],
                   ["Date of dip sample", "9th of October 2026"]])
    if children:
        builder.paragraph(f"Children (references): {children}")
    builder.paragraph("Summary of evaluations", bold=True)
    builder.table([["Identifying the harm early", "Information sharing between partners", "Overall"],
                   ["RI", "GOOD", "Req. improvement"]])
    builder.paragraph("What children and families told us", bold=True)
    builder.table([["Case ref", "Who we spoke to", "What they told us"],
                   ["LCS7278635", "Grandparent", "The social worker listened."],
                   ["LCS7281740", "Carer", "The social worker explained what would happen next."]])
    builder.table([["Case ref", "Finding"], ["LCS7278635", "Safety plan reviewed after each incident."],
                   ["LCS7281740", "No safety plan after the last incident."]])
    return builder


def test_an_overall_column_beside_the_areas_grades_is_the_forms_grade_not_an_area():
    form = parse(theme_review(None))
    assert form.grade == REQUIRES_IMPROVEMENT and form.final_grade == REQUIRES_IMPROVEMENT
    assert form.section_grades == {"Identifying the harm early": REQUIRES_IMPROVEMENT,
                                   "Information sharing between partners": GOOD}


def test_a_case_in_two_tables_of_a_sample_is_counted_once():
    form = parse(theme_review(None))
    assert form.extra["sampled_case_ids"] == ["LCS7278635", "LCS7281740"] and form.extra["cases_sampled"] == 2


def test_a_line_listing_the_whole_sample_wins_over_a_table_of_some_of_its_cases():
    form = parse(theme_review("LCS5951314; LCS7281740; LCS8160340; LCS7278635"))
    assert form.extra["sampled_case_ids"] == ["LCS5951314", "LCS7281740", "LCS8160340", "LCS7278635"]
    assert form.extra["cases_sampled"] == 4


def test_whats_not_working_lists_areas_for_development():
    labels = Labels(definitions().kinds["case_file_audit"], definitions())
    assert labels.meant("What isn't working") == "development_areas"
    assert labels.meant("What's not working?") == "development_areas"
    assert labels.meant("Joint working") is None
    # (An area of practice, not a list.)
    assert labels.meant("Working with the family, not doing to them") is None
    # What worked, as the family saw it, is a strength; what they said is their view.
    conversation = Labels(definitions().kinds["conversation_audit"], definitions())
    assert conversation.meant("What the family said worked") == "strengths"
    assert conversation.meant("The family said") == "family_view"


def test_an_overall_part_whose_sentence_ends_on_the_grade():
    builder = DocxForm("Team Around the Family Audit")
    builder.table([["Family ID", "EH/4669966"], ["Lead professional", "Farah Malik"], ["Auditor", "Jane Auditor"],
                   ["Date of audit", "12/10/2026"]])
    builder.paragraph("Part 5 \u2013 Overall evaluation", bold=True)
    builder.paragraph("Taking the five areas together, I evaluate the plan overall as Req. improvement.")
    form = parse(builder)
    assert form.grade == REQUIRES_IMPROVEMENT and form.ok


def test_a_parts_title_over_its_tables_header_is_no_value_and_follow_up_actions_are_actions():
    data = xlsx_with_headings([
        ["Family Voice \u2013 Conversation with the Family"], [],
        ["Early Help ref: EH-976455"], ["Worker: Ryan Birtwistle"], ["Auditor: Colin Heap"],
        ["Date we spoke: 20 October 2026"], [],
        ["2. What the family told us"],
        ["We asked", "Their answer (in their words)"],
        ["1. What the family told us about the help", "Mum said the plan is written in words she understands."],
        ["2. Did you have a say in the plan?", "Mostly, though the first meeting felt decided already."], [],
        ["Follow-up actions"],
        ["\u2192 Ask the health visitor to follow up the development check. \u2013 Lynne Cartwright \u2013 by 23rd of November 2026"]],
        {1, 8, 9, 13}, {(9, 1): "DDEBF7", (9, 2): "DDEBF7"})
    form = parse_bytes(data, "conversation.xlsx", definitions())
    assert form.form == "conversation_audit"
    assert form.extra["family_view"] == "Mum said the plan is written in words she understands."
    assert [(action.owner, action.due) for action in form.actions] == [("Lynne Cartwright", date(2026, 11, 23))]


def test_an_area_titled_by_its_prompts_letter_is_an_area_though_its_words_name_a_list():
    builder = DocxForm("Practice Conversation Audit Record")
    builder.table([["Case reference", "CS-2737958"], ["Practitioner", "Kirsty Duckworth"], ["Auditor", "Colin Heap"],
                   ["Date of conversation", "12/10/2026"], ["Overall grade", "Good"]])
    for letter, title, notes, grade in (("C", "Working with the family", "The family are engaged.", "Good"),
                                         ("D", "The plan and what needs to change",
                                          "Kirsty could not say what the plan is trying to change.", "Inadequate")):
        builder.paragraph(f"Prompt {letter} \u2013 {title}", bold=True)
        builder.paragraph("What needs to change, by when, and does the family understand it?")
        builder.paragraph(f"Notes: {notes}")
        builder.paragraph(f"Grade: {grade}")
    builder.paragraph("What needs to change", bold=True)
    builder.paragraph("The plan's actions need owners.")
    form = parse(builder)
    assert form.section_grades == {"Prompt C \u2013 Working with the family": GOOD,
                                   "Prompt D \u2013 The plan and what needs to change": INADEQUATE}
    assert form.development_areas == ["The plan's actions need owners."]


def test_a_joint_safeguarding_case_review_is_a_multi_agency_audit():
    builder = DocxForm("Joint Safeguarding Case Review: Findings and Action Plan")
    builder.table([["Case reference", "CS-1841002"], ["Lead reviewer", "Sarah Hollins"],
                   ["Date of review", "12/10/2026"], ["Overall grade", "Good"]])
    form = parse(builder)
    assert form.form == "multi_agency_audit" and form.ok and form.case_id == "CS-1841002"


def test_an_urgent_safeguarding_issue_asked_and_an_observation_talked_through():
    data = styled_workbook({"Learning": [
        [Printed("Practitioner observed"), "Ali Khan"], [Printed("Observer"), "Jane Auditor"],
        [Printed("Date of observation"), "03/11/2026"], [Printed("Overall judgement"), "Good"],
        [Printed("Observation talked through with the worker?"), "Yes \u2013 29-Oct-2026"],
        [Printed("Urgent safeguarding issue identified?"), None, None, None, Printed("Yes"), Struck("No")]]})
    form = parse_bytes(data, "observation.xlsx", definitions())
    assert form.form == "observation"
    assert form.extra["reflective_discussion"] is True
    assert Labels(definitions().kinds["observation"], definitions()).meant(
        "Urgent safeguarding issue identified?") == "urgent_concern"


def test_a_review_date_at_the_head_of_the_form_is_its_date_though_it_names_an_actions_column():
    # "Review date" is also a learning plan's column for when an action is due.
    builder = DocxForm()
    builder.paragraph("Child ID: 1234567")
    builder.paragraph("Reviewer: Colin Heap\tReview date: 22.10.26")
    builder.paragraph("Overall grade: Good")
    builder.table([["Action", "By whom", "Review date"], ["Update the plan with the family.", "Colin Heap", "09.11.26"]])
    form = parse(builder)
    assert form.date == date(2026, 10, 22)
    assert [(action.action, action.due) for action in form.actions] == [("Update the plan with the family.",
                                                                         date(2026, 11, 9))]


def _case_card_box(builder: DocxForm, lines: list[list[tuple[str, dict]]]):
    """A case's card: one box holding its lines, each a list of (text, look) runs."""
    cell = builder.document.add_table(rows=1, cols=1).cell(0, 0)
    for number, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        for text, look in line:
            run = add_run(paragraph, text, colour=look.get("colour"), bold=look.get("bold", False),
                          highlight=look.get("highlight", False))
            run.font.strike = look.get("strike", False)


def _four_grades(chosen: str, look: dict) -> list[tuple[str, dict]]:
    """The four grades, the one chosen marked by `look`, the others struck through."""
    runs: list[tuple[str, dict]] = []
    for grade in ("Outstanding", "Good", "RI", "Inadequate"):
        runs += [(grade, look if grade == chosen else {"strike": True}), (" / ", {})]
    return runs[:-1]


def test_an_overviews_cases_as_cards_of_lines_in_a_box_each():
    # "Case Audit Moderation – Meeting Note": the cases in boxes of their own,
    # each a title naming the case and lines under it; the first box straight
    # under the "Audits moderated" heading.
    builder = DocxForm(heading="Case Audit Moderation \u2013 Meeting Note and Outcomes")
    builder.paragraph("Head of Service / Chair: Mark Ellison")
    builder.paragraph("Audits from: October 2026")
    builder.paragraph("Audits moderated", bold=True)
    ink = {"colour": "538135", "bold": True}
    for number, (case, grade, agreed, moderated) in enumerate(
            (("EH-522865", "Good", "Agreed", "Good"), ("CSC/2469788", "Good", "Not agreed", "Outstanding"),
             ("EHM250918", "RI", "Agreed", "RI")), 1):
        _case_card_box(builder, [[(f"Audit {number} \u2013 {case}", {"bold": True})],
                        [("Audited by: ", {"bold": True}), ("Lynne Cartwright", {})],
                        [("Audit grade: ", {"bold": True}), *_four_grades(grade, {"bold": True, "highlight": True})],
                        [("Moderation: ", {"bold": True}), (agreed, ink)],
                        [("Moderated grade: ", {"bold": True}), *_four_grades(moderated, ink)]])
    form = parse(builder)
    assert form.form == "moderation_overview" and form.case_id is None
    assert form.auditor == "Mark Ellison"
    assert form.extra["moderated_cases"] == {"EH-522865": GOOD, "CSC/2469788": OUTSTANDING,
                                             "EHM250918": REQUIRES_IMPROVEMENT}


def test_an_overviews_last_case_told_whole_on_its_line_does_not_take_the_line_under_it():
    builder = DocxForm(heading="Audit Moderation Meeting \u2013 Summary of Outcomes")
    builder.table([["Chair", "Susan Pemberton"], ["Audit month", "October 2026"]])
    builder.paragraph("Outcome for each audit", bold=True)
    builder.paragraph("1. C2320470 \u2013 audited by Joanne Fletcher; graded GOOD. Moderation: agree.")
    builder.paragraph("2. C5213798 \u2013 audited by Julie Barlow; graded Req. Imp. I agree with the grade. "
                      "Grade consistent with the practice standards.")
    builder.paragraph("Consistency of grading: 2 of 2 grades agreed at moderation.")
    form = parse(builder)
    assert form.extra["moderated_cases"] == {"C2320470": GOOD, "C5213798": REQUIRES_IMPROVEMENT}


def test_points_written_as_sentences_opening_alike_are_each_a_point():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.paragraph("What is working well", bold=True)
    builder.paragraph("In 6 of the 7 cases audited chronologies were up to date. In 5 of the 7 cases audited the "
                      "child's voice was clear and informed the plan.")
    builder.paragraph("What needs to improve", bold=True)
    # One point and the sentence explaining it stay one.
    builder.paragraph("The plan is not SMART. Actions lack timescales and named owners.")
    form = parse(builder)
    assert form.strengths == ["In 6 of the 7 cases audited chronologies were up to date.",
                              "In 5 of the 7 cases audited the child's voice was clear and informed the plan."]
    assert form.development_areas == ["The plan is not SMART. Actions lack timescales and named owners."]


def test_a_step_stated_after_its_label_with_the_day_it_was_agreed():
    builder = DocxForm(heading="Step Up / Step Down Audit")
    builder.paragraph("Step audited: Step down to Early Help \u2013 agreed on 03-Sep-2026 by Joanne Fletcher "
                      "(Team Manager), with the Early Help Manager.")
    builder.table([["Early Help ref", "EH/90888"], ["Audited by", "Lynne Cartwright"], ["Overall grade", "Good"]])
    form = parse(builder)
    assert form.extra["direction"] == "Step down to Early Help"
    assert form.extra["transfer_date"] == "2026-09-03"


def test_questions_coded_q1_in_a_grade_grid_are_the_areas_named_beside_them():
    builder = DocxForm(heading="Step Up / Step Down Audit")
    builder.table([["Early Help ref", "EH/90888"], ["Audited by", "Lynne Cartwright"]])
    builder.table([["Q", "Question", "Evidence", "Outstanding", "Good", "Requires improvement", "Inadequate"],
                   ["Q1", "Was the step the right decision, for the right reasons?", "Reasons recorded.", "", "",
                    "x", ""],
                   ["Q2", "Did the receiving service get everything it needed?", "Shared promptly.", "", "x", "", ""],
                   ["Overall quality of the step decision", "", "", "", "x", "", ""]])
    form = parse(builder)
    assert form.section_grades == {"Was the step the right decision, for the right reasons?": REQUIRES_IMPROVEMENT,
                                   "Did the receiving service get everything it needed?": GOOD}
    assert form.grade == GOOD


def test_an_areas_grade_line_under_its_evidence_box_with_a_heading_of_its_own():
    # "Q1 …" in bold, a box headed "What the file shows" over the evidence,
    # then "Grade:" with the chosen grade in bold: that area's grade.
    builder = DocxForm()
    builder.table([["Child ID", "1234567"]])
    for question, chosen in (("Q1  Was the step the right decision, for the right reasons?", "Good"),
                             ("Q2  Did the receiving service get everything it needed?", "Outstanding")):
        builder.paragraph(question, bold=True)
        box = builder.table([["What the file shows"], ["Decisions are explained and the reasons are recorded on file."]])
        box.cell(0, 0).paragraphs[0].runs[0].bold = True
        line = builder.document.add_paragraph()
        add_run(line, "Grade: ", bold=True)
        for grade in ("Outstanding", "Good", "Requires improvement", "Inadequate"):
            add_run(line, grade, bold=grade == chosen)
            add_run(line, " / ")
    builder.table([["Overall grade", "Good"]])
    form = parse(builder)
    assert form.section_grades == {"Q1 Was the step the right decision, for the right reasons?": GOOD,
                                   "Q2 Did the receiving service get everything it needed?": OUTSTANDING}
    assert form.grade == GOOD


@pytest.mark.parametrize("guidance", ["In their words where possible.",
                                      "Ask about everyday routines too \u2013 bedtime, mealtimes, getting to school."])
def test_the_guidance_over_the_familys_box_is_not_their_words(guidance):
    builder = DocxForm(heading="Early Help Case Audit")
    builder.table([["EHM number", "EH/90888"], ["Overall grade", "Good"]])
    builder.paragraph("4. What the family think", bold=True)
    builder.paragraph(guidance)
    builder.paragraph("Dad said he was not invited to the first meeting but feels included now.")
    form = parse(builder)
    assert form.extra["family_voice"] == "Dad said he was not invited to the first meeting but feels included now."


def _conversation_review(details: list[list[object]], pillars: list[list[object]], after: list[list[object]]) -> bytes:
    """A family conversation review kept as a sheet: its title, the details,
    the six pillars and what follows them."""
    return styled_workbook({"Conversation": [[Printed("Conversation Review with the Family", fill=None)],
                                             *details, [], *pillars, [], *after]})


_PILLARS_ACROSS = [
    ["", Printed("Views"), Printed("Choice"), Printed("Relationships"), Printed("Communication"), Printed("Action"),
     Printed("Space")],
    [Printed("Question"), "Were your views heard?", "Did you get a say?", "Did you have a worker you could trust?",
     "Was everything explained?", "Did things happen when they were meant to?", "Did you feel comfortable where we met?"],
    [Printed("What the family said"), "Mostly. At the first meeting it felt like they had already decided.",
     "They came after work so I didn't lose shifts.", "Frankie still asks when Farah is coming back.",
     "Nobody told us who to ring.", "We waited five weeks for the first visit.", "The hub was easier than home."],
    [Printed("Family says"), "Mostly", "Yes", "Yes", "Mostly", "Not really", "Yes"],
]


def test_a_conversation_reviews_details_strips_and_its_question_labels_printed_as_labels():
    # A strip of two labels over their values, then a question printed as
    # the labels are with its answer plain beside it; the practitioner with
    # their team in brackets; brothers and sisters with dates of birth.
    workbook = _conversation_review(
        [[Printed("Ref"), "MOS-7703680", Printed("Early Help practitioner"), "Kirsty Duckworth (Early Help Team North)"],
         [Printed("Date of birth"), "25th of March 2015", Printed("Brothers and sisters"),
          "Frankie Kowalczyk, 22nd of June 2011; Amira Kowalczyk (13)"],
         [Printed("Date we spoke"), Printed("Who took part")],
         ["21-Oct-2026", "Darren Kowalczyk"],
         [Printed("How did we speak to the family?"), "At the family hub"]],
        _PILLARS_ACROSS,
        [[Printed("In the family's words: the help as a whole"), "Dad said the help came at the right time."],
         [Printed("What needs to improve"), "Frankie would have liked to come to the sessions."],
         [Printed("What we will do"), Printed("By who"), Printed("By when")],
         ["Raise the wait for a first visit at the managers' meeting.", "Early Help manager", "16-Dec-2026"]])
    form = parse_bytes(workbook, "review.xlsx", definitions())
    assert form.form == "conversation_audit"
    assert (form.practitioner, form.team) == ("Kirsty Duckworth", "Early Help Team North")
    assert form.date == date(2026, 10, 21)
    assert form.extra["method"] == "At the family hub"
    # The family's words on the help as a whole, not an answer on one pillar.
    assert form.extra["family_view"] == "Dad said the help came at the right time."
    assert [(action.action, action.owner, action.due) for action in form.actions] == [
        ("Raise the wait for a first visit at the managers' meeting.", "Early Help manager", date(2026, 12, 16))]
    # A brother named only in the list of brothers and sisters is never kept.
    assert "Frankie" not in json.dumps(form.to_json())


def test_the_pillars_one_to_a_block_are_no_action_and_not_the_familys_words_on_the_whole():
    # Each pillar a numbered band, its question, what the family said and
    # their answer on a scale, the band "5. Action" among them; the whole in
    # a box of its own after them.
    pillars = []
    for number, (pillar, said) in enumerate((("Views", "Mostly. It felt decided."), ("Choice", "They came after work."),
                                             ("Relationships", "Good once we got to know each other."),
                                             ("Action", "Mostly. The referral took longer.")), 1):
        pillars += [[Printed(f"{number}. {pillar}")], [Printed("Question"), "Did we do what we said we would?"],
                    [Printed("What the family said"), said], [Printed("Family says"), "Mostly"]]
    workbook = _conversation_review(
        [[Printed("Ref"), "MOS-7703680"], [Printed("Early Help practitioner"), "Kirsty Duckworth"]],
        pillars,
        [[Printed("Overall \u2013 what the family said about the help"), "Mum said the help came at the right time."],
         [Printed("Key: 1 = Not at all 2 = Partly 3 = Mostly 4 = Yes, fully", fill=None)]])
    form = parse_bytes(workbook, "review.xlsx", definitions())
    assert form.actions == []
    assert form.extra["family_view"] == "Mum said the help came at the right time."


def _supervision_check(details: list[list[object]], after: list[list[object]]) -> bytes:
    """A supervision practice check kept as a sheet: its title, the details,
    the standards graded with the Head of Service's column, the sessions
    read, then what follows."""
    return styled_workbook({"Check": [
        [Printed("Supervision Practice Check (QA)")], *details, [],
        [Printed("Standard"), Printed("Evidence from the supervision records"), Printed("Grade"), Printed("HoS")],
        [Printed("1. Supervision held as agreed", fill=None), "A gap of seven weeks with no reason recorded.",
         "Requires Improvement"],
        [Printed("2. Critical reflection on practice", fill=None), "Records list tasks only.", "INADEQUATE", Ink("Agree.")],
        [Printed("3. Practice consistent with safeguarding procedures", fill=None), "Drift not challenged.", "inadequate",
         Ink("See my comment below.")],
        [Printed("4. Support and professional challenge", fill=None), "Wellbeing is a tick box.", "Good"],
        [Printed("Overall quality of supervision practice"), "INADEQUATE"], [],
        [Printed("Session date"), Printed("Held within agreed frequency?"), Printed("Actions have timescales?")],
        ["21 July 2026", "Y", "Y"], ["20 August 2026", "Y", "N"], ["18 September 2026", "Y", "Y"], [],
        *after]})


def test_a_supervision_checks_sessions_table_and_its_standards_with_the_moderators_column():
    workbook = _supervision_check(
        [[Printed("Worker"), "Emma Haslam"], [Printed("Supervising manager"), "Karen Holt"],
         [Printed("Practice check by"), "Paul Gregson (Quality Assurance Officer)"],
         [Printed("Records read for"), "July to October 2026"]],
        [[Printed("Checker's sign-off")], [Printed("Name"), "Paul Gregson"], [Printed("Date"), "16 October 2026"],
         [Ink("Moderated by Claire Whitworth (Head of Service), 30/10/2026. Remarks in blue.")]])
    form = parse_bytes(workbook, "check.xlsx", definitions())
    assert form.form == "supervision_audit"
    assert form.auditor == "Paul Gregson" and form.extra.get("moderator") != "Paul Gregson"
    assert form.extra["period_covered"] == "July to October 2026"
    # The questions asked of each session are no action plan; the sessions are the dates read.
    assert form.actions == []
    assert form.extra["session_dates"] == ["2026-07-21", "2026-08-20", "2026-09-18"]
    assert form.section_grades == {"1. Supervision held as agreed": REQUIRES_IMPROVEMENT,
                                   "2. Critical reflection on practice": INADEQUATE,
                                   "3. Practice consistent with safeguarding procedures": INADEQUATE,
                                   "4. Support and professional challenge": GOOD}
    # The Head of Service named with their job is staff, never taken for a child's name.
    assert any("Claire Whitworth (Head of Service)" in comment for comment in form.moderator_comments)


def test_a_supervision_checks_details_each_label_over_its_value():
    # Labels over their values a row each; a value of no field's (the
    # supervision level) is no label of the label under it.
    workbook = _supervision_check(
        [[Printed("Supervisee")], ["Ali Khan (Assessment Team 1)"], [Printed("Supervision level")],
         ["Level 1 \u2013 line manager"], [Printed("Check completed by")], ["Andrew Booth"],
         [Printed("Date completed")], ["26 October 2026"]],
        [[Printed("Head of Service moderation")], ["With HoS for moderation \u2013 not yet returned."]])
    form = parse_bytes(workbook, "check.xlsx", definitions())
    assert (form.practitioner, form.team, form.auditor) == ("Ali Khan", "Assessment Team 1", "Andrew Booth")
    assert form.date == date(2026, 10, 26)
    # Waiting for the Head of Service is no remark of theirs.
    assert not any("not yet returned" in comment for comment in form.moderator_comments)


def test_a_partnership_audits_own_agreed_grade_and_its_sentence_saying_no_actions():
    # "Audit panel's agreed overall grade": the panel's own grade, no
    # moderation; the panel agreeing that no actions are needed lists none.
    builder = DocxForm(heading="Partnership Case Audit \u2013 Findings")
    builder.table([["Audit panel's agreed overall grade", "good - plan needs to be SMART"],
                   ["Child's reference", "5166068"], ["Audit chair", "Sarah Hollins"]])
    builder.paragraph("Multi-agency actions", bold=True)
    builder.paragraph("The audit panel agreed that no further multi-agency actions are needed.")
    builder.paragraph("Recommendations", bold=True)
    builder.paragraph("No multi-agency recommendations arise: the panel agreed the current plan addresses everything.")
    form = parse(builder)
    assert (form.grade, form.moderated_grade) == (GOOD, None)
    assert form.actions == []


def test_an_observation_planned_by_the_six_ws_in_two_strips_of_questions():
    # "WHY | WHEN | WHO" over their answers, then "WHAT | WHERE | WAY" over
    # theirs: long questions printed as labels, the WHO box holding
    # labelled lines of its own.
    builder = DocxForm(heading="Direct Observation Feedback Form")
    table = builder.table([
        ["WHY \u2013 Why is the observation taking place?", "WHEN \u2013 Date and time",
         "WHO \u2013 Who observed whom, and who else was there?"],
        ["Part of the quarterly programme.", "29/10/2026", ""],
        ["WHAT \u2013 What activity was observed?", "WHERE \u2013 Where did it take place?",
         "WAY \u2013 In what way \u2013 the observer's role, consent and feedback"],
        ["Child protection conference", "Council offices", "Observing only."]])
    for row in (0, 2):
        for cell in table.rows[row].cells:
            cell.paragraphs[0].runs[0].bold = True
            shade(cell, "DDEBF7")
    who = table.cell(1, 2)
    who.paragraphs[0].add_run("Observed by: Jane Smith")
    for line in ("Practitioner observed: Daniel Price", "LCS number: CSC/5439129"):
        who.add_paragraph(line)
    builder.table([["OVERALL ASSESSMENT OF THE DIRECT WORK OBSERVED", "Req. Imp."]])
    builder.paragraph("Head of Service authorisation", bold=True)
    builder.table([["Authorised by", "Claire Whitworth"], ["Agree with overall assessment?", "No"],
                   ["Overall assessment after authorisation", "Good"]])
    form = parse(builder)
    assert form.form == "observation"
    assert (form.auditor, form.practitioner, form.case_id) == ("Jane Smith", "Daniel Price", "CSC/5439129")
    assert form.date == date(2026, 10, 29)
    assert form.extra["setting"] == "Child protection conference"
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, GOOD)


def test_the_six_ws_as_headings_each_a_question_in_brackets():
    builder = DocxForm(heading="Direct Observation of Practice \u2013 Feedback Form")
    for heading, answer in (("WHEN  (Date and time)", "30th Oct 2026"),
                            ("WHAT  (What activity was observed?)", "Child in care review"),
                            ("WHERE  (Where did it take place?)", "Council offices")):
        builder.paragraph(heading, bold=True)
        builder.paragraph(answer)
    builder.table([["Observer", "Sarah Hollins"], ["Overall judgement", "Good"]])
    form = parse(builder)
    assert form.extra["setting"] == "Child in care review"


def test_a_moderated_grade_closing_a_clause_of_the_moderators_remark():
    builder = DocxForm(heading="Direct Observation Feedback Form")
    builder.table([["Observer", "Sarah Hollins"], ["Worker observed", "Martin Crowther"], ["Overall judgement", "Good"]])
    areas = builder.table([["Area of practice", "Evidence"],
                           ["Preparation and purpose", "Well prepared: knew the school's latest update and used it to "
                                                       "plan the session with the child and the parents."],
                           ["Hearing the child", "Sees and listens to the child and checks their understanding of "
                                                 "the plan before moving on to the next part of the visit."]])
    add_run(areas.cell(1, 1).add_paragraph(), "HoS: Agree \u2013 well evidenced.", colour="00B050")
    line = builder.document.add_paragraph()
    add_run(line, "HoS (Nasreen Akhtar, 10.11.26): ", colour="00B050", bold=True)
    add_run(line, "Agree \u2013 overall assessment after authorisation ", colour="00B050")
    add_run(line, "Requires Improvement", colour="00B050", bold=True)
    add_run(line, ". Assessment confirmed \u2013 well evidenced.", colour="00B050")
    form = parse(builder)
    assert (form.grade, form.moderated_grade) == (GOOD, REQUIRES_IMPROVEMENT)


def test_not_selected_for_authorisation_is_no_moderation():
    builder = DocxForm(heading="Direct Observation Feedback Form")
    builder.table([["Observer", "Sarah Hollins"], ["Worker observed", "Martin Crowther"], ["Overall judgement", "Good"]])
    builder.paragraph("Head of Service authorisation", bold=True, colour="00703C")
    builder.paragraph("Not selected for authorisation this month.")
    form = parse(builder)
    assert form.moderator_comments == [] and form.moderated_grade is None


def test_an_areas_boxes_are_kept_when_a_later_box_says_there_is_nothing():
    builder = DocxForm(heading="Direct Observation Feedback Form")
    builder.table([["Observer", "Sarah Hollins"], ["Worker observed", "Martin Crowther"]])
    builder.paragraph("2. Observation against the criteria", bold=True)
    builder.table([["Area of practice", "What I saw and heard", "Grade"],
                   ["Preparation and purpose", "Well prepared.", "Good"], ["Hearing the child", "Listened.", "Good"]])
    builder.paragraph("3. Overall assessment", bold=True)
    builder.table([["Overall assessment of the direct work observed", "Good"]])
    builder.paragraph("4. Feedback to the practitioner", bold=True)
    builder.paragraph("What went well", bold=True)
    builder.paragraph("Warm, respectful communication with the family.")
    builder.paragraph("Even better if", bold=True)
    builder.paragraph("Summarise the agreed actions at the end of the visit.")
    builder.paragraph("Reflective conversation held with the practitioner? Yes \u2013 the same day", bold=True)
    builder.paragraph("5. The practitioner's reflection", bold=True)
    builder.table([["My reflection (practitioner to complete)"]])
    builder.paragraph("6. Learning from the observation", bold=True)
    builder.paragraph("No further actions required at this time \u2013 keep doing what you are doing.")
    form = parse(builder)
    assert form.development_areas == ["Summarise the agreed actions at the end of the visit."]
    assert form.actions == []


def test_actions_under_a_title_naming_them_after_its_colon_and_a_pointer_to_another_sheet():
    workbook = styled_workbook({"Audit": [
        [Printed("Case File Audit")], [Printed("Child ID"), "1234567"], [Printed("Overall grade"), "Good"],
        [Printed("4. What must change in practice: actions")],
        ["1) Update the chronology. \u2013 Social worker \u2013 by 25-Nov-2026/2) Record management oversight. "
         "\u2013 Robert Ainsworth \u2013 by 17-Nov-2026".replace("/", "\n")],
        [Printed("Improvement plan")],
        [Printed("What will we do?"), Printed("Who"), Printed("Timescale")],
        ["Hold a family network meeting.", "Team manager", "01.12.26"],
        ["Learning and actions: see the next sheet."]]})
    form = parse_bytes(workbook, "audit.xlsx", definitions())
    assert [(action.owner, action.due) for action in form.actions] == [
        ("Social worker", date(2026, 11, 25)), ("Robert Ainsworth", date(2026, 11, 17)),
        ("Team manager", date(2026, 12, 1))]


def test_the_urgent_concern_told_under_if_yes_what_was_done_and_the_child_named_in_it():
    workbook = styled_workbook({"Audit": [
        [Printed("Case File Audit")], [Printed("Child ID"), "1234567"], [Printed("Overall grade"), "Good"],
        [Printed("Has the audit found a concern for the child's safety that must go to the Head of Service now?"),
         Printed("Yes"), Printed("No")],
        ["", "\u2612", ""],
        [Printed("If yes, what was done, by whom and when"),
         "Maisie Whitfield disclosed bruising at school; no strategy discussion. Escalated to the Head of Service."]]})
    form = parse_bytes(workbook, "audit.xlsx", definitions())
    assert form.urgent_concern is True
    assert form.urgent_concern_detail.endswith("Escalated to the Head of Service.")
    # A child named only in the detail, a first name before a surname English does not use.
    assert "Maisie" not in json.dumps(form.to_json()) and "Whitfield" not in json.dumps(form.to_json())


def test_a_taf_plan_audits_lead_professional_its_team_table_and_a_line_saying_no_actions():
    builder = DocxForm(heading="TAC / TAF Plan Quality Audit")
    builder.paragraph("Child ID: 3965639\tAudited by: Colin Heap (Early Help Manager)")
    builder.paragraph("LP: Ryan Birtwistle (Early Help)\tAudit date: 19.10.26")
    builder.paragraph("Who is in the team around the family", bold=True)
    # Each agency's row: "Youth service | Youth Worker" is no service's name.
    builder.table([["Agency", "Role", "Name", "At last review?"],
                   ["Youth service", "Youth Worker", "Stacey Le Tissier", "Yes"],
                   ["School", "Head of Year", "Darren Brehaut", "Apologies"]])
    builder.table([["Overall grade", "Good"]])
    builder.paragraph("6. Actions for the Lead Professional and the TAC", bold=True)
    builder.paragraph("Nothing further to add to the plan; no audit actions.")
    form = parse(builder)
    assert form.practitioner == "Ryan Birtwistle"
    assert form.service is None
    assert form.actions == []


def test_areas_across_a_multi_agency_sheet_the_agencies_down_and_the_grades_marked_below():
    workbook = styled_workbook({"Panel": [
        [Printed("Multi-agency Case Audit")], [Printed("Case reference"), "1234567"], [Printed("Overall grade"), "Good"],
        [],
        [Printed("Agency"), Printed("Child's lived experience"), Printed("Sharing of information"),
         Printed("Joint planning and review")],
        [Printed("Police", fill=None), "Two contacts in the period.", "Sent reports on time.", "Attended the core group."],
        [Printed("Probation", fill=None), "Seen at every contact.", "Chronology held.", "Not invited to the review."],
        [Printed("Agreed finding"), "The child is seen alone.", "Information is shared.", "The plan is reviewed."],
        [Printed("Outstanding")],
        [Printed("Good"), "x", "", "x"],
        [Printed("Requires improvement"), "", "x", ""],
        [Printed("Inadequate")]]})
    form = parse_bytes(workbook, "panel.xlsx", definitions())
    assert form.section_grades == {"Child's lived experience": GOOD, "Sharing of information": REQUIRES_IMPROVEMENT,
                                   "Joint planning and review": GOOD}


def test_a_step_audit_titled_stepping_up_and_down():
    builder = DocxForm(heading="STEPPING UP AND DOWN THE STAIRCASE \u2013 AUDIT")
    builder.table([["Early Help reference", "EHM797730"], ["Auditor", "Colin Heap"], ["Overall grade", "Good"]])
    assert parse(builder).form == "step_up_down_audit"


def test_the_step_in_its_box_with_the_day_it_was_agreed_after_a_dash():
    builder = DocxForm(heading="Step Up / Step Down Audit")
    builder.table([["Early Help reference", "EHM797730"], ["Auditor", "Colin Heap"], ["Overall grade", "Good"],
                   ["Step", "Step down to Early Help \u2013 agreed on 11-Sep-2026 by the Team Manager."]])
    form = parse(builder)
    assert form.extra["direction"] == "Step down to Early Help"
    assert form.extra["transfer_date"] == "2026-09-11"


def test_agency_representation_at_the_audit_lists_the_agencies_each_with_who_spoke_for_it():
    builder = DocxForm(heading="Multi-agency Case Audit \u2013 Health Partnership Record")
    builder.table([["Case reference", "CSC/1304450"], ["Lead auditor", "Sarah Hollins"], ["Overall grade", "Good"]])
    builder.paragraph("Agency representation at the audit", bold=True)
    for line in ("Children's Social Care \u2013 Allocated social worker", "School \u2013 Designated Safeguarding Lead",
                 "Health visiting \u2013 Specialist community public health nurse"):
        builder.paragraph(line)
    assert parse(builder).extra["agencies"] == ["Children's Social Care", "School", "Health visiting"]


def test_a_grade_column_named_by_its_bracketed_hint():
    builder = DocxForm(heading="Case Audit Tool")
    builder.table([["Case reference", "CS-6564233"], ["Name of auditor", "Julie Barlow"]])
    builder.table([["Area of practice", "Does this practice meet\u2026? (judgement)", "Evidence"],
                   ["Voice of the child", "outstanding", "Seen alone; their views are recorded."],
                   ["History and networks", "Good", "The genogram is on file."]])
    assert parse(builder).section_grades == {"Voice of the child": OUTSTANDING, "History and networks": GOOD}


def test_a_strip_of_the_workers_name_and_role_over_their_values():
    workbook = styled_workbook({"Audit": [
        [Printed("Case File Audit Tool")],
        [Printed("Name of worker"), Printed("Role of worker"), Printed("Team"), Printed("Service")],
        ["Tom Hargreaves", "Social Worker", "Assessment Team 1", "Assessment and Child Protection"],
        [Printed("Case reference"), "LCS1815059"], [Printed("Overall grade"), "Good"]]})
    form = parse_bytes(workbook, "audit.xlsx", definitions())
    assert (form.practitioner, form.team, form.service) == (
        "Tom Hargreaves", "Assessment Team 1", "Assessment and Child Protection")


def _caf_details(builder: DocxForm) -> None:
    builder.table([["CAF / Early Help reference", "7439613"], ["Audited by", "Colin Heap"],
                   ["Lead professional", "Amy Stott"], ["Agency assessment conducted by", "Early Help Team South"]])


def test_a_judgement_across_the_last_row_of_a_parts_questions_grades_the_part():
    builder = DocxForm(heading="CAF Quality Review Form")
    _caf_details(builder)
    builder.paragraph("1. Identifying details and consent", bold=True)
    table = builder.table([["Question", "Y=1", "N=0", "n/a = 1", "Comments by Quality Auditor"],
                           ["Has the consent form been signed?", "1", None, None, "Signed at assessment."],
                           [None, None, None, None, None]])
    merged = table.cell(2, 0).merge(table.cell(2, 4))
    merged.text = "Judgement for this part: GOOD"
    assert parse(builder).section_grades == {"1. Identifying details and consent": GOOD}


def test_judgement_for_this_part_over_the_grades_after_the_parts_questions():
    builder = DocxForm(heading="CAF Quality Review Form")
    _caf_details(builder)
    for title, mark in (("1. Identifying details and consent", 2), ("2. Assessment information", 0)):
        builder.paragraph(title, bold=True)
        builder.table([["Question", "Y=1", "N=0", "n/a = 1", "Comments by Quality Auditor"],
                       ["Is the plan recorded?", "1", None, None, "Recorded."]])
        builder.paragraph("Judgement for this part", bold=True)
        builder.table([["Outstanding", "Good", "Requires improvement", "Inadequate"],
                       ["x" if column == mark else None for column in range(4)]])
    assert parse(builder).section_grades == {"1. Identifying details and consent": REQUIRES_IMPROVEMENT,
                                             "2. Assessment information": OUTSTANDING}


def test_a_team_named_under_a_label_no_field_has_is_the_team():
    builder = DocxForm(heading="CAF Quality Review Form")
    _caf_details(builder)
    form = parse(builder)
    assert (form.practitioner, form.team) == ("Amy Stott", "Early Help Team South")


def test_an_areas_prompts_and_evidence_marked_under_the_grades_grade_the_titled_area():
    builder = DocxForm(heading="Case File Audit Form")
    builder.table([["ID number", "2586595"], ["Name of Auditor", "Sarah Hollins"]])
    for title, mark in (("2. Case description and history", 0), ("3. Planning and review", 2)):
        builder.paragraph(title, bold=True)
        builder.table([["Prompts", "Evidence / Commentary & Analysis", "Good", "Outstanding", "Requires improvement",
                        "Inadequate"],
                       ["Summary of case history from the file. Chronology on file and up to date? Genogram?",
                        "The plan is reviewed on time.",
                        *("\u25cf" if column == mark else None for column in range(4))]])
    assert parse(builder).section_grades == {"2. Case description and history": GOOD,
                                             "3. Planning and review": REQUIRES_IMPROVEMENT}


def test_an_area_whose_name_labels_a_field_is_graded_as_the_others():
    builder = DocxForm(heading="Team Around the Family Audit")
    builder.table([["Child ID", "EH/31637"], ["Family support worker", "Leanne Ogden"],
                   ["Auditor (Early Help manager)", "Colin Heap"]])
    builder.table([["Area", "Evidence", "Grade"],
                   ["TAF Reviews\nAre reviews held on time?", "Reviews are on time.", "Good"],
                   ["Lead professional\nIs there a named lead professional?", "Named and active.", "R.I."],
                   ["What has turned around for the family", "School attendance is up.", "outstanding"]])
    form = parse(builder)
    assert form.practitioner == "Leanne Ogden"
    assert form.section_grades == {"TAF Reviews": GOOD, "Lead professional": REQUIRES_IMPROVEMENT,
                                   "What has turned around for the family": OUTSTANDING}


@pytest.mark.parametrize(("written", "grade"), [
    ("Outstanding / \u2612 Good / Requires improvement / Inadequate", GOOD),
    ("\u2612 Outstanding / Good / Requires improvement / Inadequate", OUTSTANDING),
    ("Outstanding \u2610 / Good \u2610 / Requires improvement \u2612 / Inadequate \u2610", REQUIRES_IMPROVEMENT),
    ("Outstanding  /  Good  /  Requires improvement to be good \u2612  /  Inadequate", REQUIRES_IMPROVEMENT),
])
def test_a_box_ticked_among_grades_printed_in_a_row_marks_its_own(written, grade):
    builder = DocxForm(heading="Team Around the Family Audit")
    builder.table([["Child ID", "EH/31637"], ["Auditor", "Colin Heap"]])
    builder.paragraph(f"Overall judgement: {written}")
    assert parse(builder).grade == grade


def test_a_part_titled_rating_or_a_key_over_the_rating_is_the_forms_grade():
    for title, row in (("Rating", [Printed("Rating"), "Outstanding", Printed("Good", fill="BFBFBF"),
                                   "Requires improvement", "Inadequate"]),
                       ("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                        [Printed("Rating (1-4)"), "2"])):
        workbook = styled_workbook({"Observation": [
            [Printed("Staff Observation Form")], [], [Printed("Worker observed"), "Gareth Lloyd"],
            [Printed("Observer"), "Julie Barlow"], [Printed("Case reference"), "3183315"], [],
            [Printed("Overall rating", fill=None)], [title], row, [Printed("Rationale"), "Agreed with the worker."]]})
        form = parse_bytes(workbook, "observation.xlsx", definitions())
        assert (form.grade, form.section_grades) == (GOOD, {}), title


def test_a_learning_and_development_plan_holds_the_actions():
    builder = DocxForm(heading="Practice Observation Framework")
    builder.table([["Case reference", "3183315"], ["Practitioner observed", "Sophie Tranter"],
                   ["Observer", "Julie Barlow"], ["Overall grade", "Good"]])
    builder.paragraph("Learning and development plan", bold=True)
    builder.paragraph("1. Shadow an experienced colleague's direct work session. \u2013 Sophie Tranter \u2013 "
                      "by 4 November 2026")
    form = parse(builder)
    assert [(action.owner, action.due.isoformat()) for action in form.actions] == [("Sophie Tranter", "2026-11-04")]



def test_a_summary_of_the_activity_observed_in_a_few_words_is_the_setting():
    workbook = styled_workbook({"Observation": [
        [Printed("Staff Observation Form")], [], ["Worker observed (name): Gareth Lloyd"], ["Observer: Julie Barlow"],
        ["Case reference: 3183315"], ["Summary of activity observed: Direct work session at school"],
        [Printed("Overall rating"), "Good"]]})
    form = parse_bytes(workbook, "observation.xlsx", definitions())
    assert form.extra["setting"] == "Direct work session at school"


def test_a_label_printed_beside_its_value_under_a_strip_is_no_second_row_of_the_strip():
    workbook = styled_workbook({"Observation": [
        [Printed("Staff Observation Form")], [],
        [Printed("Worker observed", fill="DDEBF7"), Printed("Observer", fill="DDEBF7")],
        ["Leanne Ogden", "Colin Heap"],
        [Printed("Date", fill="DDEBF7"), Printed("Summary of activity observed", fill="DDEBF7")],
        ["2 October 2026", "Group session at the family hub"],
        [Printed("Who was present"), "Lisa Rahman, Kerry Rahman"],
        [Printed("Case reference"), "EH-266116"], [Printed("Overall rating"), "Good"]]})
    form = parse_bytes(workbook, "observation.xlsx", definitions())
    assert (form.date.isoformat(), form.extra["setting"]) == ("2026-10-02", "Group session at the family hub")


def test_the_auditors_signature_under_no_actions_is_no_action():
    builder = DocxForm(heading="Case File Audit Form")
    builder.table([["ID number", "2586595"], ["Name of Auditor", "Sarah Hollins"], ["Overall grade", "Good"]])
    builder.paragraph("Actions", bold=True)
    builder.paragraph("No actions arising from this audit.")
    signed = builder.paragraph("Auditor signature: ", bold=True)
    add_run(signed, "Sarah Hollins    Date: 13-Oct-2026")
    form = parse(builder)
    assert (form.actions, form.auditor) == ([], "Sarah Hollins")


def _observation_sheet(*parts: list[list[object]]) -> bytes:
    """An observation workbook: details, then each part a titled band of
    rows, parts apart by an empty row."""
    rows: list[list[object]] = [[Printed("Practice Observation – Children and Families", fill=None)], [],
                                [Printed("Observation details", fill="00703C")],
                                [Printed("Name of practitioner observed"), "Farah Malik"],
                                [Printed("Name of observer"), "Lynne Cartwright"],
                                [Printed("Date of observation"), "19 October 2026"],
                                [Printed("Case reference (LCS)"), "3183315"]]
    for part in parts:
        rows += [[], *part]
    return styled_workbook({"Form": rows})


@pytest.mark.parametrize("judged", [
    [[Printed("Overall grade", fill=None)],
     [Printed("Outstanding"), Printed("Good"), Printed("Requires improvement to be good"), Printed("Inadequate")],
     [None, None, "\u25cf"]],
    [["Key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate"],
     [Printed("Judgement (Ofsted grading) (1-4)"), "3"]],
])
def test_grades_under_an_overall_judgements_title_are_the_forms_grade(judged):
    workbook = _observation_sheet([[Printed("Overall judgement of the practice observed", fill="00703C")], *judged])
    form = parse_bytes(workbook, "observation.xlsx", definitions())
    assert (form.grade, form.section_grades) == (REQUIRES_IMPROVEMENT, {})


def test_the_observers_sign_off_after_an_empty_moderation_box_is_no_moderation():
    workbook = _observation_sheet(
        [[Printed("Overall grade"), "Good"]],
        [[Printed("Head of Service moderation", fill="00703C")], [Printed("Moderated by (Head of Service)")],
         [Printed("Date moderated")], [Printed("Moderated judgement")], [Printed("Moderator's comments")]],
        [[Printed("Sign-off", fill="00703C")],
         [Printed("Observer"), "Lynne Cartwright", Printed("Date"), "21 October 2026"],
         [Printed("Practitioner comments"), "Thank you for the feedback."]])
    form = parse_bytes(workbook, "observation.xlsx", definitions())
    assert (form.moderator_comments, form.moderated_grade, form.extra.get("moderator")) == ([], None, None)
    assert form.auditor == "Lynne Cartwright"


def test_a_box_pointing_at_another_holds_what_that_box_holds():
    workbook = _observation_sheet(
        [[Printed("Observation of practice", fill="00703C")],
         [Printed("Purpose of the observation and skills to be demonstrated"), "To observe how worries are explained."],
         [Printed("Skills demonstrated"), "\u2022 Good use of the three houses tool.\n\u2022 Warm, respectful "
                                          "communication with the family."]],
        [[Printed("Feedback and reflection", fill="00703C")],
         [Printed("What went well?"), "Covered in the skills section above."]],
        [[Printed("Overall grade"), "Good"]])
    form = parse_bytes(workbook, "observation.xlsx", definitions())
    assert form.strengths == ["Good use of the three houses tool.",
                              "Warm, respectful communication with the family."]


def test_a_list_written_in_is_no_label_and_the_box_named_for_a_list_is_that_list():
    workbook = _observation_sheet(
        [[Printed("Feedback and reflection", fill="00703C")],
         [Printed("What were the challenges? Could anything have been done differently?"),
          "Dad arrived late and was initially hostile; this was handled calmly."]],
        [[Printed("Learning from the observation", fill="00703C")],
         [Printed("Areas of development and training requirements"),
          "- Spend time with the child on their own.\n- Summarise the agreed actions at the end of the visit."],
         [Printed("Any organisational learning"), "Partner reports to be requested five days before meetings."]],
        [[Printed("Overall grade"), "Good"]])
    form = parse_bytes(workbook, "observation.xlsx", definitions())
    assert form.development_areas == ["Spend time with the child on their own.",
                                      "Summarise the agreed actions at the end of the visit."]
    assert form.actions == []


def test_a_conversation_after_the_observation_is_the_reflective_discussion():
    workbook = _observation_sheet(
        [[Printed("Preparation", fill="00703C")],
         [Printed("Was a restorative conversation held before the observation?"), "No"]],
        [[Printed("Feedback and reflection", fill="00703C")],
         [Printed("Did a restorative conversation take place after the observation?"), "Yes"]],
        [[Printed("Overall grade"), "Good"]])
    form = parse_bytes(workbook, "observation.xlsx", definitions())
    assert form.extra["reflective_discussion"] is True


def _standard_table(builder: DocxForm, title: str, grade_label: str, grade: str):
    """A standard's own table: its title over Yes / Partially / No, a check
    ticked, a comment box across it, then its grade across the answers."""
    table = builder.table([[title, "Yes", "Partially", "No"],
                           ["Has supervision been provided at the intervals the policy sets?", "X", None, None],
                           [None, None, None, None], [grade_label, None, None, None]])
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    comment = table.cell(2, 0).merge(table.cell(2, 3))
    add_run(comment.paragraphs[0], "Comment", bold=True)
    comment.add_paragraph("Sessions are regular and recorded promptly.")
    table.cell(3, 1).merge(table.cell(3, 3)).paragraphs[0].add_run(grade)


@pytest.mark.parametrize(("first", "second", "grades"), [
    ("1", "2", (OUTSTANDING, GOOD)),
    ("\u2612 Outstanding / Good / Requires improvement / Inadequate",
     "Outstanding / \u2612 Good / Requires improvement / Inadequate", (OUTSTANDING, GOOD)),
])
def test_a_standards_title_beside_its_answers_columns_names_the_area_its_grade_row_grades(first, second, grades):
    builder = DocxForm(heading="Supervision Audit Tool")
    builder.table([["Name of auditor", "Mark Ellison"], ["Name of Supervisee", "Farah Malik"],
                   ["Case number of file checked", "3183315"]])
    builder.paragraph("Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", bold=True)
    _standard_table(builder, "Standard 1 – Formal and regular supervision", "Grade for this standard", first)
    _standard_table(builder, "Standard 2 – Promoting proper reflection and supporting timely action",
                    "Grade for this standard", second)
    builder.paragraph("Overall grade: Good")
    form = parse(builder, "supervision.docx")
    assert form.section_grades == {"Standard 1 – Formal and regular supervision": grades[0],
                                   "Standard 2 – Promoting proper reflection and supporting timely action": grades[1]}


def test_a_remark_opening_with_a_grades_word_heads_no_grade_column():
    builder = DocxForm(heading="Supervision Audit Tool")
    builder.table([["Name of auditor", "Mark Ellison"], ["Name of Supervisee", "Farah Malik"],
                   ["Case number of file checked", "3183315"]])
    builder.paragraph("Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", bold=True)
    builder.table([["No.", "Standard", "Yes / Partially / No", "Comment", "Grade"],
                   ["1", "Formal and regular supervision", "Partially",
                    "Good balance of support and challenge is evident.", "3"],
                   ["2", "Recording and storage", "Yes", "Records are signed within the timeframe.", "2"]])
    builder.paragraph("Overall grade: requires improvement")
    form = parse(builder, "supervision.docx")
    assert form.section_grades == {"Formal and regular supervision": REQUIRES_IMPROVEMENT,
                                   "Recording and storage": GOOD}


def test_strengths_named_with_where_they_were_found_beside_the_areas_for_development():
    workbook = styled_workbook({"Audit": [
        [Printed("Supervision Audit", fill=None)], [], [Printed("Auditor"), "Mark Ellison"],
        [Printed("Supervisee"), "Farah Malik"], [Printed("Overall grade"), "Good"], [],
        [Printed("Strengths evident in the records"), None, None, Printed("Areas for development")],
        ["Supervision takes place every four weeks as planned.", None, None,
         "Learning and development needs are not reviewed after the appraisal."],
        ["Each case discussion ends with clear actions and timescales."]]})
    form = parse_bytes(workbook, "supervision.xlsx", definitions())
    assert (len(form.strengths), len(form.development_areas)) == (2, 1)


def test_a_box_not_selected_for_sign_off_is_no_moderation():
    builder = DocxForm(heading="Staff Observation")
    builder.table([["Name of worker observed", "Ali Khan"], ["Manager observing", "Joanne Fletcher"],
                   ["Child ID", "C5801348"]])
    builder.paragraph("Judgement: Good", bold=True)
    builder.paragraph("Part 7: Head of Service sign-off", bold=True)
    builder.table([["Head of Service", ""], ["Date", ""], ["Moderated judgement", ""],
                   ["Comments", "Not selected for Head of Service sign-off this month."]])
    form = parse(builder, "observation.docx")
    assert (form.moderator_comments, form.final_grade) == ([], GOOD)


def test_a_child_not_applicable_names_no_one_and_a_meeting_observed_is_the_setting():
    builder = DocxForm(heading="Observation of Meetings")
    builder.paragraph("Practitioner: Ryan Birtwistle", bold=True)
    builder.paragraph("Observed by: Colin Heap", bold=True)
    builder.paragraph("Activity observed: Group session at the family hub", bold=True)
    builder.paragraph("Child's name: N/A – group session", bold=True)
    builder.paragraph("Judgement: Good", bold=True)
    assert parse(builder, "observation.docx").extra["setting"] == "Group session at the family hub"
    meeting = DocxForm(heading="Observation of Meetings")
    meeting.table([["Practitioner", "Lee Chadwick"], ["Manager observing", "Nicola Wragg"],
                   ["Meeting observed", "Core group meeting"], ["Case reference", "C9749175"]])
    meeting.paragraph("Judgement: Good", bold=True)
    assert parse(meeting, "observation.docx").extra["setting"] == "Core group meeting"


def test_a_parts_title_over_two_labelled_lines_a_row_reads_both():
    workbook = styled_workbook({"Audit": [
        [Printed("MACFA Audit Tool", fill=None)], [],
        [Printed("Case details", fill=None)],
        ["LCS number: 9653888", None, None, "Child's name: Leighton Tattersall"],
        ["Allocated social worker: Leila Haddad", None, None, "Team: Children with Disabilities Team"],
        ["Audit date: Tuesday 27 October 2026", None, None, "Audit lead: Julie Barlow"], [],
        [Printed("Overall judgement"), "Good"]]})
    form = parse_bytes(workbook, "macfa.xlsx", definitions())
    assert (form.case_id, form.practitioner, form.team, form.auditor, form.date.isoformat()) == (
        "9653888", "Leila Haddad", "Children with Disabilities Team", "Julie Barlow", "2026-10-27")


@pytest.mark.parametrize("number", ["1.", "1a)"])
def test_a_numbered_area_named_like_a_field_under_a_parts_title_is_graded_as_the_others(number):
    builder = DocxForm(heading=None)
    builder.paragraph("STEP UP / STEP DOWN AUDIT TOOL", bold=True)
    builder.table([["Early Help ID:", "CS-7380246"], ["Step up or step down:", "Step down to Early Help"],
                   ["Audited by:", "Lynne Cartwright"]])
    builder.paragraph("Part 2 – Quality of the step up / step down", colour="00703C", bold=True)
    for place, (area, grade) in enumerate((("Decision to step up or step down", "Requires improvement"),
                                           ("Information shared at transfer", "Good"))):
        builder.paragraph(f"{number.replace('1', str(place + 1))} {area}", colour="00703C", bold=True)
        builder.table([["Evidence\nThe chronology is incomplete for the last six months."]])
        builder.paragraph(f"Grade: {grade}", bold=True)
    builder.paragraph("Overall grade for this audit: Good", bold=True)
    form = parse(builder, "step.docx")
    assert (form.grade, list(form.section_grades.values())) == (GOOD, [REQUIRES_IMPROVEMENT, GOOD])


def test_a_count_where_the_cases_might_be_listed_is_how_many_were_sampled():
    builder = DocxForm(heading="Themed Audit – Summary of Findings")
    builder.table([["Audit theme", "Children living with domestic abuse"], ["Audit lead", "Mark Ellison"],
                   ["Date of audit", "9 October 2026"], ["Cases audited", "5"]])
    builder.paragraph("Overall judgement: Good", bold=True)
    assert parse(builder, "thematic.docx").extra["cases_sampled"] == 5


def test_the_judgement_at_an_assistant_directors_sign_off_is_the_moderated_grade():
    builder = DocxForm(heading="Themed Audit – Summary of Findings")
    builder.table([["Audit theme", "Children missing from home"], ["Audit lead", "Mark Ellison"],
                   ["Date of audit", "9 October 2026"]])
    builder.paragraph("Overall judgement: Good", bold=True)
    builder.paragraph("Sign-off", colour="005EB8", bold=True)
    builder.table([["Signed off by (Assistant Director)", "Priya Raman"], ["Date signed off", "31 October 2026"],
                   ["Agree with the overall judgement?", "No"], ["Judgement at sign-off", "Req. improvement"]])
    form = parse(builder, "thematic.docx")
    assert (form.moderated_grade, form.final_grade) == (REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT)


def test_a_quality_audit_of_the_team_around_the_child_is_a_taf_audit():
    workbook = styled_workbook({"Quality Audit": [
        [Printed("Northmoor Council – Children and Families Directorate", fill=None)],
        [Printed("Quality Audit (TAC)", fill=None)], [],
        [Printed("EHM ID"), "EH/27981"], [Printed("Lead professional (TAC)"), "Ryan Birtwistle"],
        [Printed("Early Help manager completing audit"), "Colin Heap"], [Printed("Overall grade"), "Good"]]})
    assert parse_bytes(workbook, "tac.xlsx", definitions()).form == "taf_audit"


def test_the_date_the_observer_signed_is_not_the_date_of_the_visit():
    workbook = styled_workbook({"Observation": [
        [Printed("OBSERVATION OF A VISIT: QUALITY WORKBOOK", fill=None)], [],
        [Printed("Part 1 – Plan", fill="C8102E")], [Printed("Practitioner"), "Martin Crowther"],
        [Printed("Observer"), "Sarah Hollins"], [Printed("Date of visit"), "16th Oct 2026"],
        [Printed("LCS ID"), "C2988618"], [Printed("Overall quality of the observed visit"), "GOOD"], [],
        [Printed("Part 5 – Sign-off", fill="C8102E")], [Printed("Observer"), "Sarah Hollins"],
        [Printed("Date"), "17th Oct 2026"]]})
    form = parse_bytes(workbook, "observation.xlsx", definitions())
    assert form.date.isoformat() == "2026-10-16"


def test_one_bulleted_line_written_in_is_no_label():
    workbook = _observation_sheet(
        [[Printed("Learning from the observation", fill="00703C")],
         [Printed("Areas of development and training requirements"),
          "- Summarise the agreed actions at the end of the visit."],
         [Printed("Any organisational learning"), "None identified."]],
        [[Printed("Overall grade"), "Good"]])
    form = parse_bytes(workbook, "observation.xlsx", definitions())
    assert (form.development_areas, form.actions) == (["Summarise the agreed actions at the end of the visit."], [])


def _answers_table(builder: DocxForm, questions: list[tuple[str, str | None]]):
    """An area's questions under "Evidenced" printed over Yes and a blank
    line over No, each answered with a mark (or a shaded cell, `None`)."""
    table = builder.table([["Question", "Evidenced", "", "Comments/Evidence"], *[[question, None, None, None]
                                                                             for question, _ in questions]])
    table.cell(0, 1).add_paragraph("Yes")
    table.cell(0, 2).add_paragraph("No")
    for row, (_, answer) in enumerate(questions, start=1):
        if answer is None:
            shade(table.cell(row, 1), "A6A6A6")
        else:
            table.cell(row, 1 if answer == "yes" else 2).text = "\u25cf"
    return table


def _prompt_row(table, text: str) -> None:
    row = table.add_row()
    row.cells[0].merge(row.cells[3]).text = text


def test_an_areas_questions_under_a_caption_then_its_grade_after_the_prompt_for_it():
    builder = DocxForm("FILE AUDIT \u2013 Child's Journey")
    builder.table([["ID No", "CS-9996716"], ["File Auditor", "Paul Gregson"], ["Date audit carried out", "06/10/2026"]])
    builder.paragraph("1. Help and Protection", bold=True)
    first = _answers_table(builder, [("1.1 Was the response to the referral timely?", "no"),
                                     ("1.2 Were the child's and family's views sought?", None)])
    _prompt_row(first, "Overall what is the quality of help and protection? (Please use Ofsted grade descriptors)")
    row = first.add_row()
    merged = row.cells[0].merge(row.cells[3])
    for place, word in enumerate(("Outstanding", "Good", "Requires Improvement", "Inadequate")):
        add_run(merged.paragraphs[0], (" / " if place else "") + word, bold=word == "Inadequate")
    merged.add_paragraph("The plan is out of date and does not reflect the current worries.")
    builder.paragraph("2. Assessment and Analysis", bold=True)
    second = _answers_table(builder, [("2.1 Is the latest assessment within timescale?", "yes")])
    _prompt_row(second, "Overall what is the quality of assessment and analysis? (Please use Ofsted grade descriptors)")
    marks = second.add_row().cells
    for place, word in enumerate(("Outstanding", "Good", "Requires Improvement", "Inadequate")):
        marks[place].text = word
    marks[2].add_paragraph("\u25cf")
    builder.paragraph("Overall judgement: Requires improvement", bold=True)
    form = parse(builder)
    assert form.section_grades == {"1. Help and Protection": INADEQUATE, "2. Assessment and Analysis": REQUIRES_IMPROVEMENT}
    assert (form.grade, form.extra["feedback_sought"]) == (REQUIRES_IMPROVEMENT, True)


def test_numbers_read_by_a_key_printed_grade_first_on_a_sheet_of_its_own():
    key = [[Printed("Judgement"), Printed("Score"), Printed("What it looks like")],
           ["Outstanding", 1, "Practice exceeds good."], ["Good", 2, "Plans are reviewed."],
           ["Requires improvement to be good", 3, "Not yet good."], ["Inadequate", 4, "Children left at risk."]]
    audit = [[Printed("Full Case File Audit Toolkit", fill=None)], [Printed("LCS ID"), "4130104"],
             [Printed("Audited by"), "Andrew Booth"], [Printed("Date of audit"), "7 October 2026"], [],
             [Printed("Area of practice"), Printed("Grade (1-4, see Grading key)"), Printed("Commentary")],
             ["Care plan and permanence planning", 3, "Visits lack purpose."], ["Recording and chronology", 4, "Incomplete."],
             [], [Printed("Overall grade for this child's file"), 2]]
    form = parse_bytes(styled_workbook({"Grading key": key, "Audit": audit}), "audit.xlsx", definitions())
    assert (form.ok, form.grade) == (True, GOOD)
    assert form.section_grades == {"Care plan and permanence planning": REQUIRES_IMPROVEMENT,
                                   "Recording and chronology": INADEQUATE}


def test_a_job_title_then_whose_box_it_is_in_brackets():
    builder = DocxForm("Monthly Case Audit")
    builder.table([["Case reference", "MOS-4283227"], ["Team Manager (auditor)", "Lynne Cartwright"],
                   ["Date of audit discussion", "20 October 2026"]])
    builder.paragraph("Overall judgement: Good", bold=True)
    assert parse(builder).auditor == "Lynne Cartwright"


def test_someones_reflection_on_the_audit_after_no_actions_is_no_action():
    builder = DocxForm("Monthly Case Audit")
    builder.table([["Case reference", "MOS-4283227"], ["Auditor", "Lynne Cartwright"], ["Date of audit", "20/10/2026"]])
    builder.paragraph("Overall judgement: Good", bold=True)
    builder.paragraph("Actions agreed with the case holder", bold=True)
    builder.paragraph("No actions were agreed: the plan is on track and will be reviewed as planned.")
    reflection = builder.paragraph()
    add_run(reflection, "Case holder's reflection on the audit: ", bold=True)
    add_run(reflection, "The discussion helped me see where the recording does not show my work.")
    assert parse(builder).actions == []


def test_a_sentence_saying_no_further_actions_are_needed_for_this_file_is_no_action():
    builder = DocxForm()
    builder.table([["Case reference", "4130104"], ["Auditor", "Andrew Booth"], ["Date of audit", "07/10/2026"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Action plan", bold=True)
    builder.paragraph("No further actions required for this child's file.")
    assert parse(builder).actions == []


def test_a_young_persons_and_carers_views_sought_is_feedback_sought():
    builder = DocxForm()
    builder.table([["Case reference", "4130104"], ["Auditor", "Andrew Booth"], ["Date of audit", "07/10/2026"],
                   ["Overall grade", "Good"],
                   ["Were the young person's and carers' views sought as part of this audit?", "Yes"]])
    assert parse(builder).extra["feedback_sought"] is True


def test_a_service_for_children_looked_after_and_care_leavers_names_no_one():
    builder = DocxForm("Case File Audit Toolkit \u2013 Children Looked After and Care Leavers")
    builder.table([["Young person", "Bobbi Gledhill"], ["ID number", "9750617"], ["Team", "Care Leavers Team"],
                   ["Auditor", "Nicola Wragg"], ["Date of audit", "02/10/2026"], ["Overall grade", "Good"]])
    builder.paragraph("Strengths", bold=True)
    builder.paragraph("The Care Leavers Team keep in touch with Bobbi every week.")
    form = parse(builder)
    assert form.team == "Care Leavers Team"
    assert form.strengths == ["The Care Leavers Team keep in touch with the child every week."]


def test_a_supervision_audits_manager_is_the_supervisor_and_a_post_is_no_label_of_a_value():
    builder = DocxForm("THE SUPERVISION AUDIT TOOL")
    builder.table([["Name of Manager", "Team", "Name of Auditor", "Post"],
                   ["Paul Gregson", "Family Safeguarding Team 1", "Claire Whitworth", "Head of Service"],
                   ["Name of Worker", "Service", "Date of audit", "Period of supervision reviewed"],
                   ["Laura Bennett", "Assessment and Child Protection", "27.10.26", "August to October 2026"]])
    builder.paragraph("Overall judgement: Good", bold=True)
    form = parse(builder)
    assert (form.extra["supervisor"], form.team, form.auditor) == ("Paul Gregson", "Family Safeguarding Team 1",
                                                                   "Claire Whitworth")


def _grade_in_colour(*moderation: str) -> DocxForm:
    builder = DocxForm("Supervision Audit Tool")
    builder.table([["Supervisee", "Laura Bennett"], ["Auditor", "Claire Whitworth"], ["Date of audit", "27/10/2026"]])
    judgement = builder.paragraph()
    add_run(judgement, "Overall judgement on the quality of supervision: ", bold=True)
    add_run(judgement, "Good", colour="00703C", bold=True)
    for line in moderation:
        builder.paragraph(line, colour="C00000")
    return builder


def test_a_grade_alone_in_colour_with_no_other_sign_of_a_moderator_is_the_auditors():
    form = parse(_grade_in_colour())
    assert (form.grade, form.moderated_grade, form.final_grade) == (GOOD, None, GOOD)
    assert not any("No overall grade" in warning for warning in form.warnings)


def test_a_grade_in_colour_on_a_form_a_moderator_wrote_on_is_theirs():
    form = parse(_grade_in_colour("HoS: I have read the records; the grade should be Good, the plan is clear."))
    assert form.moderated_grade == GOOD


def test_a_date_labelled_line_after_numbered_actions_is_no_action():
    builder = DocxForm("Supervision Audit Tool")
    builder.table([["Supervisee", "Laura Bennett"], ["Auditor", "Claire Whitworth"], ["Date of audit", "27/10/2026"]])
    builder.paragraph("Overall judgement: Good", bold=True)
    builder.paragraph("Action plan", bold=True)
    builder.paragraph("1. Record the rationale for decisions within 48 hours. \u2013 Claire Whitworth \u2013 by 23 December 2026")
    builder.paragraph("Feedback shared with the manager on: 30 October 2026")
    form = parse(builder)
    assert [action.action for action in form.actions] == ["Record the rationale for decisions within 48 hours."]


def test_options_a_box_each_in_cells_of_their_own_beside_the_label():
    workbook = styled_workbook({"Step Down Audit": [
        [Printed("Step up/Down Audit", fill=None)], [Printed("Early Help ID"), "EH/62103"],
        [Printed("Auditor"), "Colin Heap"], [Printed("Date of audit"), "12/10/2026"],
        [Printed("Direction of transfer"), "\u2610 Step down to Early Help", "\u2612 Step up to Children's Social Care"],
        [Printed("Overall grade"), "Good"]]})
    form = parse_bytes(workbook, "step.xlsx", definitions())
    assert form.extra["direction"] == "Step up to Children's Social Care"


def test_full_sentences_run_together_in_a_paragraph_are_each_a_point():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"]])
    builder.paragraph("Strengths", bold=True)
    builder.paragraph("The chronology is up to date and shows the family's history. The assessment is analytical "
                      "and was written with the family.")
    builder.paragraph("Areas for development", bold=True)
    # A sentence going on from the one before it is no point of its own.
    builder.paragraph("Supervision records do not show the reasons for decisions. This means the plan drifts "
                      "between reviews.")
    form = parse(builder)
    assert form.strengths == ["The chronology is up to date and shows the family's history.",
                              "The assessment is analytical and was written with the family."]
    assert form.development_areas == ["Supervision records do not show the reasons for decisions. This means the plan "
                                      "drifts between reviews."]


def _selected_section(builder: DocxForm, number: int, title: str) -> None:
    """A section's checks answered beside them, then a box of the auditor's
    evidence under its own head."""
    builder.paragraph(f"Section {number}: {title}", colour="6B2C91", bold=True)
    builder.table([["Is the relevant record on the child's file and up to date?", "Yes \u2612   No \u2610"],
                   ["Has the record been shared with the family?", "Yes \u2610   No \u2612"]])
    box = builder.table([["Auditor's evidence"], ["Visits are within timescales but their purpose is not always clear."]])
    box.cell(0, 0).paragraphs[0].runs[0].bold = True
    shade(box.cell(0, 0), "F2F2F2")


def test_a_sections_checks_and_evidence_box_then_its_grade_line_or_grade_table():
    builder = DocxForm("File Audit Tool \u2013 Inspection Audit Framework")
    builder.table([["LCS number", "5777099"], ["Auditor", "Andrew Booth"], ["Date audit completed", "12/10/2026"]])
    _selected_section(builder, 1, "Voice of the child")
    graded = builder.paragraph()
    add_run(graded, "Section grade: ", bold=True)
    for place, word in enumerate(("Outstanding", "Good", "Requires Improvement to be Good", "Inadequate")):
        if word == "Good":
            add_run(graded, " / Good")
        else:
            struck(graded, (" / " if place else "") + word)
    _selected_section(builder, 2, "Assessment")
    builder.table([["Outstanding", "Good", "Requires improvement", "Inadequate"], [None, None, None, "\u25cf"]])
    builder.paragraph("Overall judgement: Requires improvement", bold=True)
    form = parse(builder)
    assert form.section_grades == {"Section 1: Voice of the child": GOOD, "Section 2: Assessment": INADEQUATE}
    assert form.auditor == "Andrew Booth"


def test_a_key_printed_under_a_list_is_no_item_of_it():
    builder = DocxForm("Direct Observation Record")
    builder.table([["Social worker observed", "Amy Stott"], ["Observer", "Colin Heap"], ["Date observed", "07/10/2026"]])
    builder.paragraph("Areas for development", bold=True)
    builder.bullets("Summarise the agreed actions at the end of the visit.", "Spend time with the child on their own.")
    builder.paragraph("Key: 1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate")
    builder.paragraph("Overall judgement of the practice observed (1\u20134): 3", bold=True)
    form = parse(builder, "observation.docx")
    assert form.development_areas == ["Summarise the agreed actions at the end of the visit.",
                                      "Spend time with the child on their own."]
    assert form.grade == REQUIRES_IMPROVEMENT


@pytest.mark.parametrize(("sentence", "held"), [
    ("A reflective discussion was held with the practitioner on 02-Oct-2026.", True),
    ("A reflective discussion has not yet taken place; it will be arranged in supervision.", False),
    ("Post-observation reflective discussion completed?  \u2610 Yes   \u2612 No", False),
])
def test_whether_a_reflective_discussion_was_held_told_in_a_sentence_or_asked(sentence, held):
    builder = DocxForm("Direct Observation Record")
    builder.table([["Social worker observed", "Amy Stott"], ["Assessor (manager)", "Colin Heap"],
                   ["Date observed", "07/10/2026"]])
    builder.paragraph("Overall judgement of the practice observed: Good", bold=True)
    builder.paragraph(sentence)
    form = parse(builder, "observation.docx")
    assert (form.auditor, form.extra["reflective_discussion"]) == ("Colin Heap", held)


def test_the_guidance_under_a_title_naming_an_action_plan_is_no_action():
    builder = DocxForm(None)
    builder.paragraph("Northmoor Council \u2013 Children and Families Directorate", colour="6B2C91", bold=True)
    builder.paragraph("Early Help Case Audit \u2013 EHAT and Family Action Plan", colour="6B2C91", bold=True)
    builder.paragraph("Read the EHAT and the Family Action Plan. Grade each area against the Ofsted descriptors.")
    builder.table([["Case number", "6389854"], ["Audit completed by", "Colin Heap"], ["Date audit completed", "13/10/2026"],
                   ["Overall grade", "Good"]])
    form = parse(builder)
    assert (form.form, form.actions) == ("early_help_audit", [])


def test_the_agencies_whose_findings_are_a_row_each_or_listed_a_line_each():
    findings = [[Printed("Agency"), Printed("Completed by (role)"), Printed("Summary of single-agency findings")],
                ["Police", "Detective Sergeant", "The agency attended every core group."],
                ["Housing", "Tenancy support officer", "Invitations to reviews were not received."]]
    details = [[Printed("Multi-agency Audit: Case Audit and Discussion Record", fill=None)],
               ["LCS number: 9881740"], ["Audit lead: Sarah Hollins"], ["Date of audit: 29.10.26"],
               [Printed("Overall quality of multi-agency practice"), "Good"]]
    tabled = parse_bytes(styled_workbook({"Audit tool": details, "Agency returns": findings}), "audit.xlsx", definitions())
    listed = parse_bytes(styled_workbook({"Audit tool": [*details, ["Agencies involved: Probation\nHealth visiting\nEarly Help"]]}),
                         "audit.xlsx", definitions())
    assert (tabled.form, tabled.extra["agencies"]) == ("multi_agency_audit", ["Police", "Housing"])
    assert listed.extra["agencies"] == ["Probation", "Health visiting", "Early Help"]


def test_lists_headed_by_what_is_good_and_what_needs_to_be_put_right():
    builder = DocxForm("TAF Audit Tool")
    builder.table([["Early Help ID", "9148466"], ["Audit completed by", "Colin Heap"], ["Audit date", "15/10/2026"],
                   ["Overall judgement", "Good"]])
    builder.paragraph("What is good about the work", bold=True)
    builder.bullets("The core group meets on time.", "The plan is written with the family.")
    builder.paragraph("What needs to be put right", bold=True)
    builder.bullets("The chronology has not been updated since the last strategy meeting.")
    form = parse(builder)
    assert form.strengths == ["The core group meets on time.", "The plan is written with the family."]
    assert form.development_areas == ["The chronology has not been updated since the last strategy meeting."]


def _grade_picked_in(colour: str | None, builder: DocxForm) -> None:
    table = builder.table([["Overall judgement", None]])
    paragraph = cell_paragraph(table, 0, 1)
    for place, grade in enumerate(("Outstanding", "GOOD", "Requires improvement", "Inadequate")):
        add_run(paragraph, ("   " if place else "") + grade, colour=colour if grade == "GOOD" else None,
                bold=grade == "GOOD")


def test_a_grade_picked_out_in_the_councils_own_colour_is_the_auditors_beside_a_moderators_own():
    builder = DocxForm(None)
    builder.paragraph("Northmoor Council \u2013 Children's Social Care", colour="C8102E", bold=True)
    builder.paragraph("Missing and Return Practice Audit", colour="C8102E", bold=True)
    builder.table([["Auditor's name", "David Okonjo"], ["Date of audit", "02/10/2026"], ["Theme", "Children missing"]])
    builder.paragraph("Standards: findings across the sample", colour="C8102E", bold=True)
    _grade_picked_in("C8102E", builder)
    table = builder.table([["Moderated by (Head of Service)", None], ["Moderator's comments", None]])
    add_run(cell_paragraph(table, 0, 1), "Mark Ellison", colour="7030A0")
    add_run(cell_paragraph(table, 1, 1), "Please present these findings to the sub-group.", colour="7030A0")
    form = parse(builder)
    assert (form.form, form.grade, form.moderated_grade) == ("thematic_audit", GOOD, None)
    assert form.moderator_comments == ["Please present these findings to the sub-group."]


def test_a_grade_picked_out_in_the_moderators_colour_is_still_theirs():
    builder = DocxForm(None)
    builder.paragraph("Northmoor Council \u2013 Children's Social Care", colour="C8102E", bold=True)
    builder.paragraph("Missing and Return Practice Audit", colour="C8102E", bold=True)
    builder.table([["Auditor's name", "David Okonjo"], ["Date of audit", "02/10/2026"], ["Theme", "Children missing"],
                   ["Overall grade", "Requires improvement"]])
    builder.paragraph("Head of Service moderation", colour="C8102E", bold=True)
    _grade_picked_in("7030A0", builder)
    form = parse(builder)
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, GOOD)


def test_an_action_line_with_its_owner_after_a_dash_is_no_team():
    builder = DocxForm("Missing and Return Practice Audit")
    builder.table([["Auditor's name", "Susan Pemberton"], ["Date of audit", "08/10/2026"], ["Theme", "Return interviews"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Action plan", bold=True)
    builder.paragraph("1. Share return interview summaries the same day. \u2013 Team managers \u2013 by 13 November 2026")
    builder.paragraph("2. Re-audit missing and return practice in the next quarter. \u2013 QA team \u2013 by 24 November 2026")
    form = parse(builder)
    assert form.team is None
    assert [action.due for action in form.actions] == [date(2026, 11, 13), date(2026, 11, 24)]


def test_sentences_under_one_bullet_are_one_point():
    builder = DocxForm("Practice Observation")
    builder.table([["Observer", "Colin Heap"], ["Practitioner observed", "Amy Stott"], ["Date of observation", "07/10/2026"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Strengths", bold=True)
    builder.paragraph("\u2022 Warm, respectful communication with the family; their strengths were acknowledged.\n"
                      "\u2022 The practitioner kept the meeting focused on the plan and agreed next steps. "
                      "The mother spoke openly about the routines at home and was supported by the group.")
    builder.paragraph("Areas for development", bold=True)
    builder.paragraph("The chronology has not been updated since the last strategy meeting. "
                      "The case summary needs updating to reflect the current risks.")
    form = parse(builder, "observation.docx")
    assert len(form.strengths) == 2
    assert len(form.development_areas) == 2


def test_transfer_tests_graded_in_a_table_are_the_areas():
    builder = DocxForm("Audit of Transfer between Early Help and Social Care (Step-up / Step-down)")
    builder.table([["Early Help ID", "7254255"], ["Auditor", "Lynne Cartwright"], ["Date of audit", "28/10/2026"]])
    builder.table([["Transfer test", "Grade", "Evidence"],
                   ["Decision to step up or step down", "good \u2014 recording is behind", "Clear evidence of visits."],
                   ["Timeliness of transfer", "OUTSTANDING", "Transferred within two days."]])
    builder.paragraph("Overall judgement on the step-up / step-down: GOOD", bold=True)
    form = parse(builder)
    assert form.section_grades == {"Decision to step up or step down": GOOD, "Timeliness of transfer": OUTSTANDING}
    assert form.grade == GOOD


def _audit_conversation(builder: DocxForm, family: bool) -> None:
    builder.paragraph("Completed with the allocated worker and their manager on a live case.")
    builder.table([["Child ID", "1889154"], ["Allocated social worker", "Tom Hargreaves"],
                   ["Audit conversation led by", "Liam Doherty"], ["Date of audit", "30/10/2026"]])
    if family:
        builder.paragraph("Family's views", bold=True)
        builder.paragraph("Mum said the plan is written in words she understands.")
    builder.paragraph("Overall grade agreed: outstanding", bold=True)
    builder.paragraph("Head of Service moderation", bold=True)
    builder.table([["Moderated by", "Mark Ellison"], ["Moderated grade", "Good"]])


def test_an_audit_conversation_about_a_live_case_keeps_its_agreed_grade_apart_from_the_moderators():
    builder = DocxForm("Beyond Auditing: Live Case Audit Conversation")
    _audit_conversation(builder, family=True)
    form = parse(builder)
    assert (form.form, form.grade, form.moderated_grade) == ("conversation_audit", OUTSTANDING, GOOD)
    assert form.extra["family_view"] == "Mum said the plan is written in words she understands."


def test_an_audit_conversation_with_the_worker_is_not_sent_back_for_the_familys_words():
    builder = DocxForm("Reflective Audit Conversation")
    _audit_conversation(builder, family=False)
    form = parse(builder)
    assert (form.form, form.ok, form.grade) == ("conversation_audit", True, OUTSTANDING)


def test_a_service_named_in_words_over_a_team_is_the_service_not_the_teams_label():
    builder = DocxForm("Case File Audit Form")
    builder.table([["ID number", "6488860"], ["Service", "Assessment and Child Protection"],
                   ["Name of team", "Assessment Team 1"], ["Name of Auditor", "Joanne Fletcher"],
                   ["Date of Audit", "30/10/2026"], ["Overall rating", "Good"]])
    form = parse(builder)
    assert (form.service, form.team) == ("Assessment and Child Protection", "Assessment Team 1")


def test_a_moderator_agreeing_with_the_rating_names_it_without_of():
    builder = DocxForm("Case File Audit Form")
    builder.table([["ID number", "6488860"], ["Name of Auditor", "Joanne Fletcher"], ["Date of Audit", "30/10/2026"],
                   ["Overall rating", "Requires improvement"]])
    builder.paragraph("Head of Service moderation", bold=True)
    paragraph = builder.paragraph("Moderated by David Okonjo, 28 October 2026. I agree with the rating ", colour="538135")
    add_run(paragraph, "Requires Improvement", colour="538135", bold=True)
    add_run(paragraph, ".", colour="538135")
    form = parse(builder)
    assert (form.grade, form.moderated_grade) == (REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT)


def _eha_tool(area_rows: list[list[object]]) -> bytes:
    details = [[Printed("EHA and Review Quality Assurance Audit", fill=None)],
               [Printed("System ID"), "CS-1187189"], [Printed("QA assessor name"), "Colin Heap"],
               [Printed("Date of audit"), "12/10/2026"]]
    return styled_workbook({"EHA QA": [*details, [], *area_rows]})


def test_numbered_areas_over_yes_no_columns_each_closed_by_its_grade_marked_among_the_four():
    rows = [[Printed("2"), Printed("Inclusive \u2013 voice of the child and family"), Printed("YES"), Printed("NO"),
             Printed("N/A"), Printed("Evidence")],
            ["2a", "Have the child and family been asked for their views on the help they have received?", "x"],
            [None, Printed("Area grade", fill=None), "Outstanding", Printed("Good X", fill=None), "Requires improvement",
             "Inadequate", "The plan is reviewed on time."],
            [],
            [Printed("3"), Printed("Quality of the Early Help Assessment"), Printed("YES"), Printed("NO"),
             Printed("N/A"), Printed("Evidence")],
            ["3a", "Was the assessment completed within timescale?", None, "x"],
            [None, Printed("Grade for this area", fill=None), Printed("Outstanding X", fill=None), "Good",
             "Requires improvement", "Inadequate", "Completed late but analytical."],
            [],
            [Printed("OVERALL GRADE"), "Outstanding", Printed("Good X", fill=None), "Requires improvement", "Inadequate"]]
    form = parse_bytes(_eha_tool(rows), "audit.xlsx", definitions())
    assert form.auditor == "Colin Heap"
    assert form.section_grades == {"Inclusive \u2013 voice of the child and family": GOOD,
                                   "Quality of the Early Help Assessment": OUTSTANDING}
    assert (form.grade, form.extra["feedback_sought"]) == (GOOD, True)


def test_numbered_areas_whose_questions_are_answered_in_one_column_and_graded_by_a_judgement_row():
    rows = [[Printed("2"), Printed("Inclusive \u2013 voice of the child and family"), Printed("Answer"), None, None, None,
             Printed("Evidence")],
            ["2a", "Have the child and family been asked for their views on the help they have received?", "NO"],
            [None, Printed("Judgement", fill=None), "Inadequate", None, None, None, "No views recorded."],
            [],
            [Printed("3"), Printed("Quality of the Early Help Assessment"), Printed("Answer"), None, None, None,
             Printed("Evidence")],
            ["3a", "Was the assessment completed within timescale?", "Yes"],
            [None, Printed("Judgement", fill=None), "Good", None, None, None, "Analytical."],
            [],
            [Printed("OVERALL GRADE"), "Requires improvement"]]
    form = parse_bytes(_eha_tool(rows), "audit.xlsx", definitions())
    assert form.section_grades == {"Inclusive \u2013 voice of the child and family": INADEQUATE,
                                   "Quality of the Early Help Assessment": GOOD}
    assert (form.grade, form.extra["feedback_sought"]) == (REQUIRES_IMPROVEMENT, False)


def test_an_agency_return_names_its_case_holder_and_says_it_makes_no_recommendations():
    builder = DocxForm("Multi-Agency Case Audit \u2013 Agency Return")
    builder.table([["Child's case number", "4987054"], ["Completed by", "Joanne Fletcher"],
                   ["Case-holding practitioner", "Tom Hargreaves"], ["Date", "09/10/2026"], ["Grade", "Good"]])
    builder.paragraph("Recommendations for practice", bold=True)
    builder.paragraph("No recommendations for practice from this agency's return.")
    form = parse(builder)
    assert (form.form, form.practitioner, form.actions) == ("multi_agency_audit", "Tom Hargreaves", [])


def test_a_restorative_conversation_after_an_observation_and_the_head_of_service_signing_it_off_in_a_line():
    builder = DocxForm("Staff Observation \u2013 Record of Observed Practice")
    builder.table([["Worker observed", "Leila Haddad"], ["Observer", "Julie Barlow"], ["Date of observation", "01/10/2026"]])
    builder.paragraph("Was a restorative (reflective) conversation held with the worker afterwards? Y", bold=True)
    builder.paragraph("Overall judgement: Good", bold=True)
    builder.paragraph("Head of Service \u2013 read and authorised", bold=True)
    builder.paragraph("David Okonjo, 3rd Nov 2026: Read and authorised. A helpful observation.", colour="7030A0")
    form = parse(builder, "observation.docx")
    assert form.extra["reflective_discussion"] is True
    assert (form.extra["moderator"], form.extra["moderation_date"]) == ("David Okonjo", "2026-11-03")
    assert form.moderated and form.moderator_comments == [
        "David Okonjo, 3rd Nov 2026: Read and authorised. A helpful observation."]


def test_where_the_form_is_returned_to_is_no_team_and_the_teams_holding_the_cases_are():
    builder = DocxForm("Case File Audit Form")
    builder.table([["ID number", "6488860"], ["Name of Auditor", "Joanne Fletcher"], ["Date of Audit", "30/10/2026"],
                   ["Overall rating", "Good"], ["Return to", "QA Team"]])
    assert parse(builder).team is None
    review = DocxForm("Themed Practice Review")
    review.paragraph("Lead reviewer: Karen Holt (Practice Manager)", bold=True)
    review.paragraph("Team(s) holding the cases: Family Safeguarding Team 2", bold=True)
    review.paragraph("Date: 06/10/2026", bold=True)
    review.paragraph("Overall judgement: Good", bold=True)
    assert parse(review).team == "Family Safeguarding Team 2"


def test_completed_by_after_the_head_of_services_part_is_the_auditor_not_a_second_moderator():
    rows = [[Printed("Observation of Practice \u2013 Critical Friend Record", fill=None)],
            [Printed("Name of practitioner"), "James Whittaker"], [Printed("Observing manager"), "Karen Holt"],
            [Printed("Date of observation"), "14/10/2026"], [Printed("Overall grade"), "Good"],
            [],
            [Printed("Head of Service oversight", fill=None)],
            [Printed("Reviewed by"), Ink("Claire Whitworth")], [Printed("Date reviewed"), Ink("19/10/2026")],
            [Printed("Comments"), Ink("Read and authorised. A helpful observation.")],
            [],
            [Printed("Completed by"), "Karen Holt"]]
    form = parse_bytes(styled_workbook({"Observation": rows}), "observation.xlsx", definitions())
    assert (form.auditor, form.extra["moderator"]) == ("Karen Holt", "Claire Whitworth")
    assert form.moderator_comments == ["Read and authorised. A helpful observation."]


def test_the_visit_observed_and_the_reflection_afterwards_in_an_observations_own_words():
    builder = DocxForm("Observation of Practice \u2013 Critical Friend Record")
    builder.table([["Worker observed", "Daniel Price"], ["Observer", "Jane Smith"],
                   ["Date of observation", "07/10/2026"], ["Meeting or visit observed", "Core group meeting"],
                   ["Feedback and reflection session completed with the worker?", "Yes"],
                   ["Overall judgement", "Good"]])
    form = parse(builder, "observation.docx")
    assert (form.extra["setting"], form.extra["reflective_discussion"]) == ("Core group meeting", True)
    # A part of the form titled with the same words is no setting.
    titled = DocxForm("Observed Practice \u2013 Visit Quality Record")
    titled.table([["Practitioner", "Daniel Price"], ["Observing manager", "Jane Smith"],
                  ["Date observed", "07/10/2026"]])
    titled.table([["B. The visit observed"], ["Communicate and engage"], ["Evidence seen:", "Consistent."],
                  ["Rating:", "Good"]])
    assert "setting" not in parse(titled, "observation.docx").extra


def test_a_lists_further_points_each_on_a_row_under_the_first():
    rows = [[Printed("Team Around the Family \u2013 Quality Audit", fill=None)],
            [Printed("Child ID"), "C7061580"], [Printed("Audited by"), "Colin Heap"], [Printed("Audit date"), "30/10/2026"],
            [Printed("Overall grade for the TAF"), "Good"],
            [],
            [Printed("What is working well"), "The assessment is analytical."],
            [None, "The genogram identifies the wider family network."],
            [],
            [Printed("Areas for development"), "The case summary needs updating."],
            [None, "Some recording uses professional jargon."],
            [None, "The chronology has not been updated."]]
    form = parse_bytes(styled_workbook({"TAF Audit": rows}), "taf.xlsx", definitions())
    assert form.strengths == ["The assessment is analytical.", "The genogram identifies the wider family network."]
    assert len(form.development_areas) == 3


def test_numbered_lines_after_a_question_answered_under_a_learning_plan_title_are_its_actions():
    builder = DocxForm("Direct Observation Report")
    builder.paragraph("Practitioner observed: Daniel Price", bold=True)
    builder.paragraph("Observer: Andrew Booth", bold=True)
    builder.paragraph("Date of observation: 07/10/2026", bold=True)
    builder.paragraph("Overall judgement: Good", bold=True)
    builder.paragraph("Part 3: Reflection and learning plan", bold=True, colour="6B2C91")
    builder.paragraph("Reflective conversation held after the observation? \u2612 Yes   \u2610 No", bold=True)
    builder.paragraph("1. Shadow an experienced colleague's direct work session. \u2013 Social worker \u2013 by 2 December 2026")
    builder.paragraph("2. Complete the direct work training module. \u2013 Andrew Booth \u2013 by 9 November 2026")
    form = parse(builder, "observation.docx")
    assert form.extra["reflective_discussion"] is True
    assert [(action.owner, str(action.due)) for action in form.actions] == [
        ("Social worker", "2026-12-02"), ("Andrew Booth", "2026-11-09")]


def test_a_part_titled_as_the_audits_conversation_says_what_the_audit_is():
    rows = [[Printed("Learning Audit Tool", fill=None)],
            [Printed("Case reference"), "1102381"], [Printed("Case holding worker"), "Leanne Ogden"],
            [Printed("Team"), "Early Help Team South"], [Printed("Service"), "Early Help"],
            [Printed("Auditing Service Manager"), "Colin Heap"], [Printed("Date of audit"), "30/10/2026"],
            [Printed("Venue"), "Locality office"], [Printed("Notes taken by"), "Business support"],
            [],
            [Printed("Overall judgement"), "Requires improvement"],
            [],
            [Printed("Summary of the learning audit conversation", fill=None)],
            ["The worker and auditor looked at the file together and agreed the findings."]]
    form = parse_bytes(styled_workbook({"Learning Audit": rows}), "audit.xlsx", definitions())
    assert (form.form, form.ok, form.grade) == ("conversation_audit", True, REQUIRES_IMPROVEMENT)
    # Without the conversation, the same layout is the default case audit.
    plain = parse_bytes(styled_workbook({"Learning Audit": rows[:-2]}), "audit.xlsx", definitions())
    assert plain.form == "case_file_audit"


def _partnership_session(*moderation: list[str | None]) -> DocxForm:
    builder = DocxForm("Multi-Agency Case Audit")
    builder.table([["Child's case number", "4987054"], ["Lead auditor", "Joanne Fletcher"],
                   ["Date of audit session", "09/10/2026"], ["Agencies taking part", "Police, Health visiting"]])
    builder.paragraph("Overall judgement of the audit group: Good", bold=True)
    builder.paragraph("Head of Service moderation", bold=True, colour="00788A")
    builder.table(moderation)
    return builder


def test_a_case_not_selected_for_moderation_at_the_session_is_not_moderated():
    form = parse(_partnership_session(["Moderated by", None], ["Moderated judgement", None],
                                      ["Moderator's comments", "Not selected for moderation this session."]))
    assert (form.moderated, form.moderator_comments, form.final_grade) == (False, [], GOOD)
    assert not any("moderat" in warning.casefold() for warning in form.warnings)


def test_a_moderated_judgement_named_after_agreeing_in_one_line():
    builder = _partnership_session(["Moderated by", None])
    builder.paragraph("Moderated by Nasreen Akhtar (Head of Service), 12th of October 2026. I agree with the judgement; "
                      "moderated judgement: requires improvement.", colour="7030A0")
    form = parse(builder)
    assert (form.moderated_grade, form.final_grade) == (REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT)
    # The four printed to choose from after the label, one picked out: that one, not the first.
    builder = _partnership_session(["Moderated by", None])
    builder.paragraph("I agree with the auditor's findings; the evidence on file supports the judgement.", colour="0070C0")
    agree = builder.paragraph()
    add_run(agree, "Agree with the auditor's grade? ", colour="0070C0", bold=True)
    add_run(agree, "Yes", colour="0070C0")
    line = builder.paragraph()
    add_run(line, "Moderated grade: ", colour="0070C0", bold=True)
    add_run(line, "Outstanding  /  ", colour="0070C0")
    add_run(line, "Good", colour="0070C0", bold=True, highlight=True)
    add_run(line, "  /  Requires improvement  /  Inadequate", colour="0070C0")
    builder.paragraph("David Okonjo, Head of Service, 3rd Nov 2026", colour="0070C0")
    assert parse(builder).moderated_grade == GOOD
    labels = Labels(definitions().kind("multi_agency_audit"), definitions())
    assert labels.stated_grade("I agree; moderated grade: Outstanding  /  Good  /  Requires improvement  /  Inadequate") is None
    assert labels.stated_grade("I agree with the judgement; moderated judgement: good.") == ("moderated", GOOD)
    assert labels.stated_grade("Oversight is not evident for three months, which the audit does not reflect. "
                               "Moderated grade: Req. Imp..") == ("moderated", REQUIRES_IMPROVEMENT)


@pytest.mark.parametrize("title", ["Themed Case Review Audit Tool", "Multi-agency Themed Case Review Audit",
                                   "MULTI-AGENCY CASE REVIEW AUDIT \u2013 THEMED"])
def test_an_audit_its_title_calls_themed_is_the_themed_audit(title):
    builder = DocxForm(title)
    builder.table([["Focus of audit", "Children exposed to domestic abuse"], ["Head of Service", "Nasreen Akhtar"],
                   ["Date of audit", "30/10/2026"], ["Number of cases audited", "4"]])
    builder.table([["Case reference", "Age"], ["5585789", "7"], ["4998559", "12"], ["8058273", "3"], ["7545557", "9"]])
    builder.paragraph("Overall judgement for the theme: Good", bold=True)
    form = parse(builder)
    assert (form.form, form.ok, form.extra["theme"]) == ("thematic_audit", True, "Children exposed to domestic abuse")
    assert form.extra["cases_sampled"] == 4


def test_a_case_review_audit_not_called_themed_stays_a_case_audit_and_a_themed_audits_moderation_an_overview():
    builder = DocxForm("Case Review Audit Tool")
    builder.table([["Child ID", "5585789"], ["Auditor", "Nasreen Akhtar"], ["Date of audit", "30/10/2026"],
                   ["Overall grade", "Good"]])
    assert parse(builder).form == "case_file_audit"
    panel = DocxForm(heading="Themed Case Audit Moderation Panel")
    panel.table([["Panel chair", "Mark Ellison"], ["Audits from", "October 2026"]])
    panel.table([["Case ref", "Audited by", "Audit grade", "Panel agree?", "Panel grade"],
                 ["LCS6275640", "Lynne Cartwright", "Good", "Y", "Good"],
                 ["CS-3158979", "Priya Raman", "Good", "N", "Requires improvement"]])
    assert parse(panel).form == "moderation_overview"


def test_the_manager_monitoring_supervision_is_its_auditor_and_no_actions_arise_from_it():
    builder = _supervision_audit("Supervisee: Grace Adeyemi", "Name of supervisor: Jane Smith",
                                 "Name of manager monitoring: Claire Whitworth", "Date completed: 1st of October 2026")
    builder.paragraph("Overall grade for supervision: Good", bold=True)
    builder.paragraph("Actions", bold=True)
    builder.paragraph("No actions arising from this monitoring.")
    form = parse(builder)
    assert (form.form, form.auditor, form.actions) == ("supervision_audit", "Claire Whitworth", [])


def test_what_a_list_is_about_after_of_does_not_hide_what_the_list_is():
    meaning = definitions().meaning
    fields = ("strengths", "development_areas", "actions", "session_dates", "date", "setting")
    assert meaning.field("Key strengths of the TAF", fields) == "strengths"
    # (Where the words after "of" help name a field, the label stays unclear.)
    assert meaning.field("Dates of sessions", fields) is None


def test_the_stage_of_a_step_heads_its_areas_unless_the_areas_are_named_beside_their_stage():
    builder = DocxForm("Step Up / Step Down Audit")
    builder.table([["Child ID", "8978789"], ["Auditor", "Colin Heap"], ["Date of audit", "01/10/2026"],
                   ["Direction of transfer", "Step down to Early Help"]])
    builder.table([["Stage of the step", "Auditor's evidence", "Judgement"],
                   ["Decision to step up or step down", "Reasons recorded.", "Good"],
                   ["Timeliness of transfer", "Within the timescale.", "Outstanding"]])
    builder.paragraph("Overall judgement: Good", bold=True)
    assert parse(builder).section_grades == {"Decision to step up or step down": GOOD, "Timeliness of transfer": OUTSTANDING}
    staged = DocxForm("Early Help Case Audit")
    staged.table([["Case reference", "6222681"], ["Audited by", "Colin Heap"], ["Date audited", "29/10/2026"]])
    staged.table([["Stage", "Area of practice", "What did you find?", "Grade"],
                  ["Stage 2", "Initial contact and home visit", "Visits within timescales.", "RI"],
                  ["Stage 3", "Early Help Assessment", "No management oversight.", "Inadequate"]])
    staged.paragraph("Overall grade: Requires improvement", bold=True)
    assert parse(staged).section_grades == {"Initial contact and home visit": REQUIRES_IMPROVEMENT,
                                            "Early Help Assessment": INADEQUATE}


def test_where_to_send_the_form_is_no_action():
    builder = DocxForm("Early Help Assessment Review and Support Plan Quality Checklist")
    builder.table([["Child ID", "CS-1187189"], ["Audited by", "Lynne Cartwright"], ["Date of audit", "19/10/2026"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Actions for the lead practitioner and manager", bold=True)
    builder.paragraph("1. Seek the father's views and add them to the assessment. \u2013 Lynne Cartwright \u2013 by 19 November 2026")
    builder.paragraph("Return the completed checklist to the Early Help quality assurance inbox.")
    assert [action.action for action in parse(builder).actions] == ["Seek the father's views and add them to the assessment."]


def test_a_checklists_urgent_question_answered_in_its_yes_no_column_with_the_detail_beside():
    builder = DocxForm("Early Help Assessment Review and Support Plan Quality Checklist")
    builder.table([["Child ID", "CS-1187189"], ["Audited by", "Lynne Cartwright"], ["Date of audit", "19/10/2026"],
                   ["Overall grade", "Good"]])
    builder.table([["Question", "Yes / No", "Evidence / comment"],
                   ["Has the Support Plan been updated after the review?", "\u2612 Yes   \u2610 No", None],
                   ["Are there any safeguarding concerns that need escalating now?", "\u2612 Yes   \u2610 No",
                    "Medical appointments have been missed. Head of Service informed."]])
    form = parse(builder)
    assert form.urgent_concern is True
    assert form.urgent_concern_detail == "Medical appointments have been missed. Head of Service informed."
    calm = DocxForm("Early Help Assessment Review and Support Plan Quality Checklist")
    calm.table([["Child ID", "CS-1187189"], ["Audited by", "Lynne Cartwright"], ["Date of audit", "19/10/2026"],
                ["Overall grade", "Good"]])
    calm.table([["Question", "Yes / No", "Evidence / comment"],
                ["Are there any safeguarding concerns that need escalating now?", "\u2610 Yes   \u2612 No", None]])
    assert parse(calm).urgent_concern is False


def test_a_themed_audits_service_manager_is_its_auditor_and_its_grade_given_under_the_overall_title():
    builder = DocxForm("Thematic Audit: Private Fostering")
    builder.paragraph("Focus of audit: Privately fostered children: visits and assessments", bold=True)
    builder.paragraph("Service Manager: Susan Pemberton", bold=True)
    builder.paragraph("Audit date: 05-Oct-2026", bold=True)
    builder.paragraph("Number of cases audited: 5", bold=True)
    builder.paragraph("1. Notification and first visit", bold=True)
    builder.paragraph("Evidenced in most files.")
    builder.paragraph("Grade: Good", bold=True)
    builder.paragraph("Overall grade for the sample (enter 1-4)", bold=True, colour="A6192E")
    builder.paragraph("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
    builder.paragraph("Grade given: 3", bold=True)
    form = parse(builder)
    assert (form.form, form.auditor, form.grade) == ("thematic_audit", "Susan Pemberton", REQUIRES_IMPROVEMENT)
    assert form.section_grades == {"1. Notification and first visit": GOOD}


def test_a_list_that_could_head_the_actions_is_the_development_where_the_actions_stand_apart():
    rows = [[Printed("EARLY HELP AUDIT TRACKER", fill=None)],
            [Printed("Case reference"), "6222681"], [Printed("Audited by"), "Colin Heap"],
            [Printed("Date audited"), "29/10/2026"], [Printed("Overall grade"), "Good"],
            [],
            [Printed("What needs to happen next / be better", fill=None)],
            ["The father's views are not evident in the assessment."],
            ["The case summary needs updating to reflect the current risks."],
            [],
            [Printed("SMART actions", fill=None)],
            [Printed("Action"), Printed("Who"), Printed("By when")],
            ["Hold a family network meeting.", "Social worker", "09/11/2026"]]
    form = parse_bytes(styled_workbook({"Audit": rows}), "tracker.xlsx", definitions())
    assert len(form.development_areas) == 2
    assert [action.action for action in form.actions] == ["Hold a family network meeting."]
    # With no actions of their own, those points are the actions.
    alone = parse_bytes(styled_workbook({"Audit": rows[:-4]}), "tracker.xlsx", definitions())
    assert (len(alone.actions), alone.development_areas) == (2, [])


def test_a_peer_auditors_role_in_brackets_is_no_part_of_their_name():
    for written in ("Jane Smith (Peer auditor)", "Jane Smith (Team Manager (peer))"):
        builder = DocxForm("Case File Audit")
        builder.table([["Child ID", "1234567"], ["Auditor", written], ["Date of audit", "08/10/2026"],
                       ["Overall grade", "Good"]])
        assert parse(builder).auditor == "Jane Smith"


def test_the_head_of_services_grade_in_bold_in_their_colour_is_moderation_not_a_heading():
    builder = DocxForm("Themed Practice Audit Record")
    builder.paragraph("Theme: Section 47 enquiries and their outcomes", bold=True)
    builder.paragraph("Lead auditor: Claire Whitworth", bold=True)
    builder.paragraph("Date audited: 02/10/2026", bold=True)
    builder.paragraph("D. Grade for the theme", bold=True, colour="A6192E")
    builder.paragraph("Overall grade for the theme: Good", bold=True)
    line = builder.paragraph()
    add_run(line, "HoS: ", colour="00B050", bold=True)
    add_run(line, "requires improvement", colour="00B050", bold=True)
    builder.paragraph("Please include the managers' reflections when the theme is re-audited.", colour="00B050")
    builder.paragraph("E. Findings across the sample", bold=True, colour="A6192E")
    form = parse(builder)
    assert (form.grade, form.moderated_grade, form.final_grade) == (GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT)
    assert "Please include the managers' reflections when the theme is re-audited." in form.moderator_comments


def test_questions_each_in_a_shaded_band_under_a_parts_heading_are_each_an_area():
    builder = DocxForm("Themed Practice Audit Record")
    builder.paragraph("Theme: Quality of case recording", bold=True)
    builder.paragraph("Auditor: Jane Smith", bold=True)
    builder.paragraph("Date of audit session: 08/10/2026", bold=True)
    builder.paragraph("3. What we looked at across the sample", bold=True, colour="C8102E")
    table = builder.table([["Is the child's lived experience clear from the record?", None],
                           ["Evidence", "Clear in the majority of files."], ["Grade", "Good"],
                           ["Was the threshold decision right and made in good time?", None],
                           ["Evidence", "Strong in every case read."], ["Grade", "Outstanding"]])
    for row in (0, 3):
        merged = table.cell(row, 0).merge(table.cell(row, 1))
        shade(merged, "DEEAF6")
    builder.paragraph("Overall grade for the theme: Good", bold=True)
    assert parse(builder).section_grades == {"Is the child's lived experience clear from the record?": GOOD,
                                             "Was the threshold decision right and made in good time?": OUTSTANDING}


def _board_audit(*parts: list[str]) -> DocxForm:
    builder = DocxForm("Joint Case Audit: Registration and De-registration")
    builder.table([["Audit date", "Panel chair", "Child's ref"], ["9th of October 2026", "Joanne Fletcher", "MOS-8462204"]])
    for lines in parts:
        builder.paragraph(lines[0], bold=True, colour="6B2C91")
        for line in lines[1:]:
            label, colon, value = line.partition(":")
            if colon and len(label.split()) <= 4:
                # "Represented by: Rebecca Shaw (SW)", its label in bold.
                paragraph = builder.paragraph(label + colon, bold=True)
                add_run(paragraph, value)
            else:
                builder.paragraph(line)
    return builder


def test_agencies_graded_a_part_each_with_who_represented_them_are_the_agencies_taking_part():
    form = parse(_board_audit(
        ["1. Children's Social Care", "Represented by: Rebecca Shaw (SW)", "What the records showed: Held information.",
         "Rating: Requires improvement"],
        ["2. Police", "Represented by: Natalie Pickering (DC, Public Protection Unit)",
         "What the records showed: Attendance was patchy.", "Panel rating: Good"],
        ["Part 4 \u2013 Panel judgement", "Overall multi-agency judgement: Requires improvement"]))
    assert form.extra["agencies"] == ["Children's Social Care", "Police"]
    assert form.section_grades == {"1. Children's Social Care": REQUIRES_IMPROVEMENT, "2. Police": GOOD}


def test_the_panels_overall_judgement_under_a_parts_title_is_the_forms_grade_not_an_area():
    builder = _board_audit(["1. Children's Social Care", "Represented by: Rebecca Shaw (SW)", "Findings: Held information.",
                            "Rating: Requires improvement"],
                           ["2. Police", "Represented by: Natalie Pickering (DC)", "Findings: Clear records.",
                            "Rating: Good"],
                           ["Part 4 \u2013 Panel judgement"])
    line = builder.paragraph()
    add_run(line, "Panel's overall judgement on the partnership's response: ", bold=True)
    for option, chosen in (("Outstanding", False), ("Good", True), ("Requires improvement", False), ("Inadequate", False)):
        add_run(line, option).font.strike = not chosen
        add_run(line, "  /  ")
    form = parse(builder)
    assert (form.grade, form.section_grades) == (GOOD, {"1. Children's Social Care": REQUIRES_IMPROVEMENT, "2. Police": GOOD})


def test_the_panel_agreeing_no_actions_and_why_is_no_action():
    builder = _board_audit(["Part 4 \u2013 Panel judgement", "Overall multi-agency judgement: Good"],
                           ["Part 6 \u2013 Action plan",
                            "The panel agreed no actions: the current plan already addresses the issues found."])
    assert parse(builder).actions == []


def test_where_we_need_to_improve_heads_the_development_areas():
    builder = _board_audit(["Part 4 \u2013 Panel judgement", "Overall multi-agency judgement: Good"],
                           ["Where we need to improve", "The father's views are not evident in the assessment.",
                            "Supervision records do not show reflection."])
    assert parse(builder).development_areas == ["The father's views are not evident in the assessment.",
                                                "Supervision records do not show reflection."]


def test_agencies_marked_under_the_four_grades_or_how_far_they_met_expectations_are_the_agencies_taking_part():
    builder = _board_audit(["Part 3 \u2013 Each agency's contribution"])
    builder.table([["Agency", "Represented by", "Findings", "Outstanding", "Good", "Requires improvement", "Inadequate"],
                   ["Children's Social Care", "Rebecca Shaw (SW)", "Shared information promptly.", None, "X", None, None],
                   ["Police", "Chantelle Quigley (DS, PPU)", "Clear records.", None, None, "X", None]])
    builder.paragraph("Overall multi-agency judgement: Good", bold=True)
    assert parse(builder).extra["agencies"] == ["Children's Social Care", "Police"]
    met = _board_audit(["2. The audit panel"])
    met.table([["Agency", "Represented by", "Role", "Met expectations", "Partly met", "Not met"],
               ["Probation", "Lorna Gilchrist", "Senior Probation Officer", None, "\u2713", None],
               ["Housing", "Neil Sargent", "Housing Officer", "\u2713", None, None]])
    met.paragraph("Overall multi-agency judgement: Good", bold=True)
    assert parse(met).extra["agencies"] == ["Probation", "Housing"]


def test_agencies_listed_with_who_spoke_for_them_by_name_and_how_they_did():
    builder = _board_audit(["2. The audit panel"])
    builder.paragraph("Agencies represented at the panel", bold=True)
    builder.paragraph("Police \u2013 Sita Mehra, DS, Public Protection Unit. Contribution to the plan: partly met.", bold=True)
    builder.paragraph("Health visiting \u2013 Maureen Cattell, Specialist Health Visitor. Contribution to the plan: met.",
                      bold=True)
    builder.paragraph("Overall multi-agency judgement: Good", bold=True)
    assert parse(builder).extra["agencies"] == ["Police", "Health visiting"]
    # Agencies listed in a line, one with its unit after a dash, are named whole.
    listed = _board_audit(["2. The audit panel"])
    listed.table([["Agencies involved", "Child and Adolescent Mental Health Services, Health \u2013 School "
                                        "Nursing, Housing Services"]])
    listed.paragraph("Overall multi-agency judgement: Good", bold=True)
    assert parse(listed).extra["agencies"] == ["Child and Adolescent Mental Health Services",
                                              "Health \u2013 School Nursing", "Housing Services"]
    # The grading key printed under the list's title is no agency.
    keyed = _board_audit(["2. The audit panel"])
    keyed.table([["Agencies represented at the panel"],
                 ["Key:  1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate"],
                 ["Agency", "Represented by", "Agency grade"], ["Police", "Sita Mehra", "2"], ["Housing", "Neil Sargent", "3"]])
    keyed.paragraph("Overall multi-agency judgement: Good", bold=True)
    assert parse(keyed).extra["agencies"] == ["Police", "Housing"]


def test_points_written_a_line_each_are_one_point_each_however_many_sentences():
    builder = _board_audit(["Part 4 \u2013 Panel judgement", "Overall multi-agency judgement: Good"],
                           ["What needs to improve together",
                            "Health partners did not attend the last core group and this was not escalated.",
                            "The case summary needs updating to reflect the current risks.",
                            "The father's views are not evident in the assessment. The plan does not say how the "
                            "child will be kept safe when contact resumes."])
    assert len(parse(builder).development_areas) == 3


def test_what_good_looks_like_under_an_area_is_its_prompt_not_the_forms_grade():
    builder = DocxForm("Team Around the Family \u2013 Quality Review")
    builder.paragraph("Family reference: TAF-332290", bold=True)
    builder.paragraph("Lead professional: Kirsty Duckworth \u2013 Early Help Team North", bold=True)
    builder.paragraph("Reviewer: Lynne Cartwright (EH Team Manager)", bold=True)
    builder.paragraph("Date of review: Monday 26 October 2026", bold=True)
    team = builder.table([["Agency", "What they do in the plan", "At last TAF?"],
                          ["Early Help", "Lead professional \u2013 co-ordinates the TAF", "Y"],
                          ["Youth service", "1:1 sessions", "Apologies"]])
    for cell in team.rows[0].cells:
        cell.paragraphs[0].runs[0].bold = True
    table = builder.table([["Resilience and outcomes"],
                           ["What good looks like: Things are better for the children, and the family can manage "
                            "without the TAF when it ends."],
                           ["Grade: Inadequate"]])
    shade(table.cell(0, 0), "00788A")
    line = builder.paragraph()
    add_run(line, "Overall judgement on this TAF: ", bold=True)
    add_run(line, "Outstanding", bold=True, highlight=True)
    add_run(line, " / Good / Requires improvement / Inadequate")
    form = parse(builder)
    assert (form.grade, form.practitioner, form.team, form.service) == (
        OUTSTANDING, "Kirsty Duckworth", "Early Help Team North", None)
    labels = Labels(definitions().kind("taf_audit"), definitions())
    assert labels.grades.read("What good looks like: the family can manage without the TAF.").value is None
    # "Agency | Northmoor Council Children's Services" atop the details is a
    # label and its value, no list of agencies to read past.
    summary = DocxForm("Single Agency Audit \u2013 Summary Return")
    details = summary.table([["Agency", "Northmoor Council Children's Services"],
                             ["Service / team audited", "Safeguarding and Quality Assurance"],
                             ["Audit topic", "Child criminal exploitation"], ["Audit completed by", "Nasreen Akhtar"],
                             ["Audit meeting held on", "30 October 2026"], ["Number of cases audited", "4"]])
    for row in details.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
    summary.paragraph("Overall judgement: Good", bold=True)
    form = parse(summary)
    assert (form.form, form.auditor, form.extra["theme"]) == ("thematic_audit", "Nasreen Akhtar", "Child criminal exploitation")


def test_a_step_answered_yes_among_the_two_offered_and_the_day_it_took_effect():
    builder = DocxForm("Step Down and Step Up \u2013 Decision Audit Record")
    builder.table([["Step up to Children's Social Care", "No"], ["Step down to Early Help", "Yes"],
                   ["Date the step took effect", "26-Aug-2026"]])
    builder.table([["Early Help ref", "EH/54257"], ["Audited by", "Colin Heap"], ["Date of audit", "29/10/2026"],
                   ["Overall grade", "Good"]])
    form = parse(builder)
    assert (form.extra["direction"], form.extra["transfer_date"]) == ("Step down to Early Help", "2026-08-26")
    builder = DocxForm("Step Down and Step Up \u2013 Decision Audit Record")
    builder.table([["Decision", "From", "To", "Date it took effect"],
                   ["Step up to Children's Social Care", "Early Help", "Children's Social Care", "27/09/2026"]])
    builder.table([["Early Help ref", "EH/54257"], ["Audited by", "Colin Heap"], ["Date of audit", "29/10/2026"],
                   ["Overall grade", "Good"]])
    assert parse(builder).extra["transfer_date"] == "2026-09-27"


def test_a_professional_present_by_role_is_no_name_to_hide_but_the_family_present_are():
    rows = [[Printed("Direct Observation of Practice \u2013 Communication Skills", fill=None)],
            [Printed("Name of practitioner"), Printed("Name of observer (manager)"), Printed("Observation date")],
            ["James Whittaker", "Karen Holt", "12/10/2026"],
            [Printed("What was observed"), Printed("Mosaic ID"), Printed("Others present")],
            ["Direct work session at school", "5265336", "Wayne Haworth (parent); school DSL"],
            [],
            [Printed("Overall rating"), "Good"],
            [Printed("Strengths"), "Wayne said the session helped."]]
    form = parse_bytes(styled_workbook({"Observation record": rows}), "observation.xlsx", definitions())
    assert form.extra["setting"] == "Direct work session at school"
    assert "Wayne" not in json.dumps(form.to_json()) and "Haworth" not in json.dumps(form.to_json())
