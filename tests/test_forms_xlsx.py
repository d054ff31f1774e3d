"""Excel forms: the same fields from a workbook's cells."""

import io
import json
from datetime import date, datetime

from forms_helpers import definitions, xlsx_bytes

from bot.forms import parse_bytes
from bot.forms.model import GOOD, REQUIRES_IMPROVEMENT
from bot.forms.xlsx_reader import read_xlsx


def parse(data: bytes):
    form = parse_bytes(data, "audit.xlsx", definitions())
    json.dumps(form.to_json())
    return form


def test_a_label_value_sheet_with_numbers_and_dates():
    data = xlsx_bytes(
        {
            "Audit": [
                ["Full case file audit"],
                [],
                ["Child ID", None, 1234567],
                ["Auditor", None, "Jane Auditor"],
                ["Date of audit", None, datetime(2026, 11, 3)],
                ["Overall grade", None, "RI"],
                ["Moderated judgement", None, "Good"],
            ]
        }
    )
    form = parse(data)
    assert form.ok, form.errors
    assert (form.form, form.case_id, form.auditor, form.date) == ("case_file_audit", "1234567", "Jane Auditor", date(2026, 11, 3))
    assert (form.grade, form.moderated_grade, form.final_grade) == (REQUIRES_IMPROVEMENT, GOOD, GOOD)


def test_a_case_id_stored_as_a_decimal_number_is_whole():
    data = xlsx_bytes({"Audit": [["Child ID", 7654321.0], ["Overall grade", "Good"]]})
    assert parse(data).case_id == "7654321"


def test_a_header_row_with_values_below_and_list_rows():
    data = xlsx_bytes(
        {
            "Form": [
                ["Case ref", "Audited by", "Audit date", "Overall judgement"],
                ["LCS 2345678", "Jane Auditor", "3 Nov 2026", "Good"],
                [],
                ["Strengths"],
                ["Child seen alone"],
                ["Plan is SMART"],
                [],
                ["Action", "By whom", "By when"],
                ["Update chronology", "SW", datetime(2026, 12, 1)],
            ]
        }
    )
    form = parse(data)
    assert (form.case_id, form.auditor, form.date, form.grade) == ("2345678", "Jane Auditor", date(2026, 11, 3), GOOD)
    assert form.strengths == ["Child seen alone", "Plan is SMART"]
    assert [action.to_json() for action in form.actions] == [{"action": "Update chronology", "owner": "SW", "due": "2026-12-01"}]


def test_a_grade_matrix_in_a_sheet():
    data = xlsx_bytes(
        {
            "Audit": [
                ["Child ID", 3456789],
                [],
                ["Area", "Outstanding", "Good", "Requires Improvement", "Inadequate"],
                ["Voice of the child", None, "x", None, None],
                ["Planning", None, None, "x", None],
                ["Overall grade", None, None, "x", None],
            ]
        }
    )
    form = parse(data)
    assert form.section_grades == {"Voice of the child": GOOD, "Planning": REQUIRES_IMPROVEMENT}
    assert form.grade == REQUIRES_IMPROVEMENT


def test_moderator_comments_in_a_coloured_cell():
    data = xlsx_bytes(
        {"Audit": [["Child ID", 1234567], ["Overall grade", "Good"], ["Strengths", "Strong direct work"], ["Notes", "HoS: agree with the grade"]]},
        colours={("Audit", 4, 2): "FFFF0000"},
    )
    form = parse(data)
    assert form.moderator_comments == ["HoS: agree with the grade"]
    assert form.strengths == ["Strong direct work"]


def test_sheet_names_and_merged_cells():
    import io

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Observation of Practice"
    sheet["A1"] = "Practitioner observed"
    sheet["B1"] = "Ali Khan"
    sheet.merge_cells("B1:D1")
    sheet["A2"] = "Observer"
    sheet["B2"] = "Jane Auditor"
    buffer = io.BytesIO()
    workbook.save(buffer)
    document = read_xlsx(buffer.getvalue())
    assert document.titles == ["Observation of Practice"]
    assert [cell.span for cell in document.blocks[0].rows[0].cells] == [1, 3]
    form = parse(buffer.getvalue())
    assert (form.form, form.practitioner, form.auditor) == ("observation", "Ali Khan", "Jane Auditor")


def test_a_damaged_workbook_is_an_error():
    data = xlsx_bytes({"Audit": [["Child ID", 1]]})
    form = parse(data[:-200])
    assert not form.ok and "damaged" in form.errors[0]


def test_one_audit_on_a_row_with_the_areas_of_practice_as_columns():
    """A QA team's return: the areas the council grades are column headers
    no configuration lists, each known by the grade beneath it."""
    data = xlsx_bytes(
        {
            "Return": [
                ["Case audit return"],
                ["Case ref", "Worker", "Auditor", "Date audited", "Voice of the child", "Quality of recording",
                 "Partnership with schools", "Overall grade", "Immediate concern? (Y/N)"],
                ["C5345318", "Stuart Lomax", "Andrew Booth", datetime(2026, 10, 13), "RI", "good", "Inadequate",
                 "RI", "N"],
            ]
        }
    )
    form = parse(data)
    assert form.ok, form.errors
    assert (form.case_id, form.practitioner, form.auditor, form.date) == (
        "C5345318", "Stuart Lomax", "Andrew Booth", date(2026, 10, 13))
    assert form.grade == REQUIRES_IMPROVEMENT
    assert form.section_grades == {"Voice of the child": REQUIRES_IMPROVEMENT, "Quality of recording": GOOD,
                                   "Partnership with schools": "Inadequate"}
    assert form.urgent_concern is False


def test_one_audit_on_a_row_with_an_x_under_one_of_four_grade_columns():
    """A conference chair's log: each area and the overall judgement head a
    run of O / G / RI / I columns with an X under the chosen grade."""
    data = xlsx_bytes(
        {
            "Log": [
                ["Key: O = Outstanding   G = Good   RI = Requires improvement   I = Inadequate"],
                ["Conference", None, None, None, None, "Quality of the report", None, None, None, None,
                 "Overall quality of child protection work"],
                ["Date of conference", "Type", "ICS no.", "Social worker", "Chair", "O", "G", "RI", "I", "Comment",
                 "O", "G", "RI", "I", "Actions agreed (action – who – by when)"],
                [datetime(2026, 10, 2), "RCPC", "CP/8320852", "Rebecca Shaw", "Fletcher, Joanne", None, None, "X",
                 None, "Written late", None, "X", None, None, "Share the report earlier – Rebecca Shaw – 19/10/2026"],
            ]
        }
    )
    form = parse(data)
    assert form.ok, form.errors
    assert (form.case_id, form.practitioner, form.auditor, form.date) == (
        "CP/8320852", "Rebecca Shaw", "Joanne Fletcher", date(2026, 10, 2))
    assert form.section_grades == {"Quality of the report": REQUIRES_IMPROVEMENT}
    assert form.grade == GOOD
    assert [(action.owner, action.due) for action in form.actions] == [("Rebecca Shaw", date(2026, 10, 19))]


def test_colour_ratings_are_read_by_the_key_printed_down_a_column():
    data = xlsx_bytes(
        {
            "Details": [["LL ID", "4915527"], ["Audited by", "Okonjo, David"], ["Date of audit", datetime(2026, 10, 13)]],
            "Findings": [
                ["Rating key"], ["Blue", "Outstanding"], ["Green", "Good"], ["Amber", "Requires Improvement to be Good"],
                ["Red", "Inadequate"], [],
                ["Dimension of the pathway plan", "Evidence", "Rating"],
                ["Accommodation", "Settled and chosen with the young person", "Green"],
                ["Financial support", "Leaving care grant not explained", "amber"],
                ["Overall rating of the pathway plan", None, "Green"],
            ],
        }
    )
    form = parse(data)
    assert form.ok, form.errors
    assert (form.case_id, form.auditor) == ("4915527", "David Okonjo")
    assert form.grade == GOOD
    assert form.section_grades == {"Accommodation": GOOD, "Financial support": REQUIRES_IMPROVEMENT}


def test_a_part_titled_across_the_table_closed_by_its_rating_row():
    data = xlsx_bytes({"Audit": [
        ["Supervision audit"],
        ["Supervisor", None, "Karen Holt"], ["Supervisee", None, "James Whittaker"],
        ["Designated Auditor", None, "Claire Whitworth"], ["Date audit completed", None, datetime(2026, 10, 21)],
        ["Period reviewed", None, "July to October 2026"],
        ["Supervision sessions reviewed", None, datetime(2026, 7, 27), datetime(2026, 8, 25), datetime(2026, 9, 23)],
        [],
        ["Part 1 – Frequency of supervision"],
        ["1.", "Is there a supervision agreement on the file?", "X"],
        [None, "Rating", "Requires improvement", None, None, "Agreement is out of date"],
        [],
        ["Part 2 – Reflection and analysis"],
        ["2.", "Is there evidence of reflective discussion?", "X"],
        [None, "Rating", "Good", None, None, "Hypotheses are recorded"],
        [],
        ["Overall rating of supervision", "Good"],
    ]})
    form = parse(data)
    assert form.ok, form.errors
    assert form.section_grades == {"Part 1 – Frequency of supervision": REQUIRES_IMPROVEMENT,
                                   "Part 2 – Reflection and analysis": GOOD}
    assert form.grade == GOOD
    assert form.extra["period_covered"] == "July to October 2026"
    assert form.extra["session_dates"] == ["2026-07-27", "2026-08-25", "2026-09-23"]


def test_an_overall_grade_marked_in_its_own_row_under_the_grids_numbered_columns():
    data = xlsx_bytes({"Audit": [
        ["Case number", None, "C8858272"], ["Auditor", None, "Okonjo, David"],
        ["Grade 1 = Outstanding   Grade 2 = Good   Grade 3 = Requires improvement   Grade 4 = Inadequate"],
        [],
        ["Area of practice", "1", "2", "3", "4", "Evidence"],
        ["Voice of the child", None, None, "X", None, "Not seen alone"],
        ["History and networks", None, "X", None, None, "Genogram on file"],
        [],
        ["Overall grade", None, "X", None],
    ]})
    form = parse(data)
    assert form.ok, form.errors
    assert form.section_grades == {"Voice of the child": REQUIRES_IMPROVEMENT, "History and networks": GOOD}
    assert form.grade == GOOD


def test_a_grade_grid_in_a_workbook_marked_by_filling_the_chosen_cell():
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill

    data = xlsx_bytes({"Audit": [
        ["Case number", None, "C8858272"], ["Overall grade", None, "Good"], [],
        ["Area of practice", "1", "2", "3", "4", "Evidence"],
        ["Voice of the child", None, None, None, None, "Not seen alone"],
        ["History and networks", None, None, None, None, "Genogram on file"],
        [],
        ["Key: 1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate"],
    ]})
    workbook = load_workbook(io.BytesIO(data))
    grey = PatternFill(fill_type="solid", fgColor="808080")
    workbook["Audit"].cell(5, 4).fill = grey  # 3 for the voice of the child
    workbook["Audit"].cell(6, 3).fill = grey  # 2 for history and networks
    buffer = io.BytesIO()
    workbook.save(buffer)
    form = parse(buffer.getvalue())
    assert form.section_grades == {"Voice of the child": REQUIRES_IMPROVEMENT, "History and networks": GOOD}


def test_findings_listed_down_the_sheet_under_headings_known_by_their_meaning():
    data = xlsx_bytes({"Audit": [
        ["Case ID", "EH/82476"], ["Auditor", "Colin Heap"], ["Overall grade", "Good"],
        ["What worked well"],
        ["The new worker has met the family together."],
        ["Supervision is regular and gives clear direction."],
        ["Wishes and feelings inform the plan."],
        ["What needs to improve"],
        ["Improve the chronology so that it shows the last six months."],
        ["The case summary needs updating."],
    ]})
    form = parse_bytes(data, "a.xlsx", definitions())
    assert len(form.strengths) == 3
    assert form.development_areas == ["Improve the chronology so that it shows the last six months.",
                                      "The case summary needs updating."]
