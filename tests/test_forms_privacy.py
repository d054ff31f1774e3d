"""Personal data never leaves the parser: the child's name, family names,
date of birth and address are recognised by label, never output, and removed
from every free-text field."""

import io
import json

from forms_helpers import DocxForm, add_run, definitions, xlsx_bytes

from bot.forms import parse_bytes
from bot.forms.privacy import PersonalData, Redactor, births_in, homes_in, people_named_in, rare_names

RED = "C00000"
FORBIDDEN = ["Tyler", "Smith", "TYLER", "Kerry", "Dean", "Mia", "14/02/2015", "14 February 2015", "Acacia", "OL11 1AA", "OL12 9ZZ"]


def full_form() -> DocxForm:
    builder = DocxForm()
    builder.table(
        [
            ["Child ID", "1234567 Tyler Smith"],
            ["Child's name", "Tyler Smith"],
            ["D.O.B.", "14/02/2015"],
            ["Address", "12 Acacia Avenue, Rochdale, OL11 1AA"],
            ["Parent/carer(s)", "Kerry Smith (mother), Dean Jones (father)"],
            ["Siblings", "Mia (6)"],
            ["Auditor", "Jane Auditor"],
            ["Social worker", "Ali Khan"],
            ["Date of audit", "03/11/2026"],
            ["Overall grade", "Good"],
        ]
    )
    builder.paragraph("Strengths")
    builder.bullets(
        "Tyler's wishes are recorded and Tyler was seen alone at 12 Acacia Avenue.",
        "tyler smith told the worker about school; Kerry attends every meeting.",
        "Mrs Smith and Mr Jones engage well; Mia is settled.",
    )
    builder.paragraph("Areas for development")
    builder.bullets("Born 14 February 2015 - the chronology has the wrong DOB 14th Feb 2015.", "Move to OL12 9ZZ not recorded.")
    builder.table([["Action", "By whom", "By when"], ["Tyler to be seen alone", "Kerry Smith", "01/12/2026"]])
    builder.table([["Area", "Grade", "Comments"], ["Tyler's voice", "Good", "Tyler Smith is heard at Acacia Avenue"]])
    paragraph = builder.paragraph()
    add_run(paragraph, "HoS: Tyler's plan needs Dean's views.", colour=RED)
    builder.table([["Are there any urgent concerns?", "Yes - Tyler disclosed on 14/02/2015... at OL11 1AA"]])
    return builder


def test_personal_data_appears_nowhere_in_the_output():
    form = parse_bytes(full_form().bytes(), "Audit Tyler Smith OL11 1AA.docx", definitions())
    output = json.dumps(form.to_json(), ensure_ascii=False)
    for value in FORBIDDEN:
        assert value not in output, value
    assert form.ok, form.errors
    assert form.case_id == "1234567"
    assert (form.auditor, form.practitioner) == ("Jane Auditor", "Ali Khan")


def test_free_text_reads_naturally_after_redaction():
    form = parse_bytes(full_form().bytes(), "audit.docx", definitions())
    assert form.strengths == [
        "The child's wishes are recorded and the child was seen alone at [address].",
        "The child told the worker about school; [name] attends every meeting.",
        "[name] and [name] engage well; [name] is settled.",
    ]
    assert form.development_areas == [
        "Born [date of birth] - the chronology has the wrong DOB [date of birth].",
        "Move to [postcode] not recorded.",
    ]
    assert form.actions[0].action == "The child to be seen alone"
    assert form.actions[0].owner == "[name]"
    assert form.section_grades == {"The child's voice": "Good"}
    assert form.extra["section_comments"] == {"The child's voice": "The child is heard at [address]"}
    assert form.moderator_comments == ["HoS: The child's plan needs [name]'s views."]
    assert form.urgent_concern and form.urgent_concern_detail == "The child disclosed on [date of birth]... at [address]"


def test_the_file_name_is_redacted_too():
    form = parse_bytes(full_form().bytes(), "Audit Tyler Smith.docx", definitions())
    assert form.file == "Audit the child.docx"


def test_warnings_never_echo_personal_data():
    builder = DocxForm()
    builder.table([["Child ID", "Tyler Smith"], ["Child's name", "Tyler Smith"], ["Overall grade", "Good"]])
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert "Tyler" not in json.dumps(form.to_json())


def test_postcodes_are_removed_even_without_an_address_box():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Overall grade", "Good"], ["Strengths", "Family moved to M1 1AE and OL16 1YH"]])
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert form.strengths == ["Family moved to [postcode] and [postcode]"]


def test_names_that_are_ordinary_words_are_only_removed_when_capitalised():
    redactor = Redactor(PersonalData(child_names=["Will Summer"]))
    assert redactor.redact("Will said he will visit in summer.") == "The child said he will visit in summer."
    assert redactor.redact("Seen by WILL SUMMER's school") == "Seen by the child's school"


def test_a_town_alone_is_not_an_address():
    redactor = Redactor(PersonalData(addresses=["Flat 2, 7 High Street\nRochdale\nOL11 1AA"]))
    assert redactor.redact("Lives at 7 High Street, Rochdale Council supports") == "Lives at [address], Rochdale Council supports"
    assert redactor.redact("The High Street flat") == "The [address] flat"


def test_the_date_of_birth_in_any_spelling():
    redactor = Redactor(PersonalData(dates_of_birth=["14.02.15"]))
    assert redactor.redact("DOB 14/02/2015, 14th February 2015 and 2015-02-14; audit 03/11/2026") == (
        "DOB [date of birth], [date of birth] and [date of birth]; audit 03/11/2026"
    )


def test_people_named_in_passing_are_redacted_whatever_the_labels():
    """A sibling, parent or home named only in free text, under headings the
    bot does not know, is recognised by the words around it."""
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Auditor", "Jane Auditor"], ["Overall grade", "Good"]])
    builder.paragraph("Strengths")
    builder.bullets(
        "Tyler lives with his mother Kerry and younger brother Kai (4) at 9 Lapwing Drive.",
        "Kai's nursery and Kerry attend every core group.",
    )
    builder.paragraph("Areas for development")
    builder.bullets("The sister, Ava (DOB 03/04/2019), is not mentioned in the plan.", "Ava was born on 3 April 2019.")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    output = json.dumps(form.to_json(), ensure_ascii=False)
    for value in ("Kerry", "Kai", "Ava", "03/04/2019", "3 April 2019", "Lapwing"):
        assert value not in output, value
    assert form.strengths[1] == "[name]'s nursery and [name] attend every core group."
    assert form.development_areas[0] == "The sister, [name] (DOB [date of birth]), is not mentioned in the plan."


def test_a_household_table_under_labels_nobody_listed_is_redacted():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Auditor", "Jane Auditor"], ["Overall grade", "Good"]])
    builder.table([["Household", "Relationship", "School year"], ["Kai Smith", "Brother", "Reception"],
                   ["Leo Smith", "Brother", "Year 5"]])
    builder.table([["Reference", "Date of audit", "Others at the session"], ["1234567", "03/11/2026", "Paige Moss, Dale Moss"]])
    builder.paragraph("Strengths")
    builder.bullets("Kai and Leo were seen together; Paige engaged well.")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert form.strengths == ["[name] and [name] were seen together; [name] engaged well."]


def test_a_relative_read_into_a_staff_box_is_not_kept_and_the_sender_is_asked():
    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Auditor", "Jane Auditor"], ["Social worker", "Kerry Smith"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Strengths")
    builder.bullets("Kerry Smith (mother) attends every meeting.")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    assert form.practitioner is None
    assert "Kerry" not in json.dumps(form.to_json())
    assert any("practitioner's name read from the form is the name of the child or a relative" in warning
               for warning in form.warnings)


def test_professionals_and_services_are_not_taken_for_relatives():
    text = ("Jane Auditor (manager) saw the Child Protection Plan (3 months). Children in Care | Partner agencies: "
            "Police, Health. Care Leavers Team. Good (2)")
    assert people_named_in(text) == []
    # A council's name line over its service's: kinds of people, no one's name.
    assert people_named_in("Northmoor Council \u2013 Children, Young People and Families\n"
                           "Safeguarding and Quality Assurance") == []
    assert people_named_in("Children: Kai and Mia") == ["Kai", "Mia"]
    # A partnership's name and an audit's theme after "Child(ren)": no one.
    assert people_named_in("Northmoor Safeguarding Children Partnership – Joint Partnership Audit") == []
    assert people_named_in("Partnership priority: Child Sexual Abuse") == []
    assert people_named_in("his sister Summer (4) and brother Smith") == ["Summer", "Smith"]
    assert births_in("Audit date 03/11/2026; seen 4 times") == []
    assert homes_in("Seen at the Children's Centre, Rochdale") == []


def test_everyone_in_a_who_was_present_table_but_the_professionals_is_redacted():
    builder = DocxForm()
    builder.table([["Practitioner observed", "Megan Pryce"], ["Observer", "Julie Barlow"],
                   ["Child's record", "Mosaic ID: 7422760"], ["Overall grade", "Good"]])
    builder.paragraph("Who was present")
    builder.table([["Name", "Relationship to the child", "Age"],
                   ["Kacey McAllister (known as Kace)", "Subject child", "5"],
                   ["Tomasz McAllister", "Parent", ""],
                   ["Megan Pryce", "Social worker", ""]])
    builder.paragraph("What went well?")
    builder.bullets("Megan spoke with Kacey and Tomasz together.")
    builder.paragraph("Even better if")
    builder.bullets("Spend time with Kace on their own.")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    output = json.dumps(form.to_json(), ensure_ascii=False)
    for value in ("Kacey", "Kace", "Tomasz", "McAllister"):
        assert value not in output, value
    assert form.strengths == ["Megan spoke with [name] and [name] together."]
    assert form.practitioner == "Megan Pryce"


def test_a_child_the_form_never_names_in_a_box_is_still_redacted_from_the_answers():
    """A spreadsheet return with no name column: the auditor writes the
    child's first name in the findings. A capitalised word English never
    uses is taken for a name; the service's words and its staff are not."""
    data = xlsx_bytes({"Return": [
        ["Case ref", "Worker", "Auditor", "Overall grade", "Strengths", "Areas for development"],
        ["C5345318", "Stuart Lomax", "Andrew Booth", "Good",
         "Direct work with Kayden using the three houses tool is on file. Summarise visits for Ofsted in Nov.",
         "Kayden's views are not in the plan; Stuart Lomax to organise a CAMHS referral."],
    ]})
    form = parse_bytes(data, "a.xlsx", definitions())
    assert "Kayden" not in json.dumps(form.to_json())
    assert form.strengths == ["Direct work with [name] using the three houses tool is on file.",
                              "Summarise visits for Ofsted in Nov."]
    assert form.development_areas == ["[name]'s views are not in the plan; Stuart Lomax to organise a CAMHS referral."]


def test_rare_words_only_count_as_names_where_a_name_would_stand():
    assert rare_names(["Direct work with Tiegan and Rhianna."]) == ["Tiegan", "Rhianna"]
    assert rare_names(["Maisie is seen alone."]) == ["Maisie"]
    # A capital opening a sentence says nothing unless the sentence goes on.
    assert rare_names(["Genogram: not on file.", "Colour coded chronology seen."]) == []
    assert rare_names(["Seen by Kayden"], keep={"kayden"}) == []
    # The plural of a word in use is a word, however rarely it is written.
    assert rare_names(["Chronologies were up to date.", "Genograms are on file."], keep={"genogram"}) == []
    assert rare_names(["Rhianna's brothers Tiegans were seen."]) == ["Rhianna", "Tiegans"]


def test_first_names_that_are_also_words_count_as_names_when_written_as_names():
    # Common as words, so the rare-word test passes them; a capital
    # mid-sentence, or a sentence they open and own, says they are names.
    assert rare_names(["Play sessions with Poppy and Tyler are planned."]) == ["Poppy", "Tyler"]
    assert rare_names(["Poppy's lived experience is not clear."]) == ["Poppy"]
    assert rare_names(["Grace said she feels safe at home."]) == ["Grace"]
    assert rare_names(["For Poppy, the chronology was used well."], keep={"for"}) == ["Poppy"]
    # Opening a sentence as a word, or in the title of a place or service,
    # they are not.
    assert rare_names(["Hope this is clear.", "Will the plan change?"]) == []
    assert rare_names(["She now attends Grace Academy.", "Seen at Hope Street surgery."]) == []
    assert rare_names(["Referred to the Youth Justice Service."], keep={"youth", "service"}) == []


def test_a_sister_named_only_in_the_answers_of_a_sheet_is_redacted():
    data = xlsx_bytes({"Audit": [
        ["Case ID", "Auditor", "Practitioner", "Overall grade", "Strengths", "Areas for development"],
        ["C5345318", "Stuart Lomax", "Andrew Booth", "Good",
         "The plan is clear and reviewed on time.",
         "Poppy's lived experience is not clear from the recording; time alone with Poppy is not evidenced."],
    ]})
    form = parse_bytes(data, "a.xlsx", definitions())
    assert "Poppy" not in json.dumps(form.to_json())
    assert form.development_areas == ["[name]'s lived experience is not clear from the recording; "
                                      "time alone with [name] is not evidenced."]


def test_the_agencies_table_of_a_multi_agency_audit_names_no_family():
    builder = DocxForm("Multi-Agency Case Audit")
    builder.table([["Case reference", "C5345318"], ["Team", "Assessment Team 2"],
                   ["Service", "Assessment and Child Protection"], ["Overall judgement", "Good"]])
    builder.table([["Name", "Relationship to the child", "Age"],
                   ["Kai Webb", "Subject child", "9"], ["Mia Webb", "Sibling", "6"],
                   ["Agencies taking part", None, None],
                   ["Agency", "Auditor", "Role"],
                   ["Children's Social Care", "Jane Smith", "Team Manager"],
                   ["Police", "Fiona Thwaite", "Detective Sergeant, Public Protection Unit"],
                   ["Early Help", "Philip Tolson", "Early Help Coordinator"]])
    builder.paragraph("Areas for development", bold=True)
    builder.paragraph("Early Help and Mia's school did not share the referral.")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    # The professionals' words stay; the family's names go.
    assert (form.team, form.service) == ("Assessment Team 2", "Assessment and Child Protection")
    assert form.extra["agencies"] == ["Children's Social Care", "Police", "Early Help"]
    assert form.development_areas == ["Early Help and [name]'s school did not share the referral."]


def test_who_was_present_is_redacted_and_never_the_setting():
    builder = DocxForm("Observation of Practice")
    builder.table([["Social worker observed", "Mohammed Iqbal"], ["Observer", "Paul Gregson"],
                   ["Date of observation", "21 Oct 2026"]])
    builder.paragraph("What was observed", bold=True)
    builder.paragraph("Who was present: Poppy (3), Maisie (2), Craig Ramsden, Wayne Ramsden")
    builder.paragraph("Core group meeting at the family home.")
    builder.paragraph("Strengths observed", bold=True)
    builder.paragraph("Craig Ramsden was helped to say what he would do differently.")
    form = parse_bytes(builder.bytes(), "a.docx", definitions())
    output = json.dumps(form.to_json())
    assert "Ramsden" not in output and "Poppy" not in output
    assert form.extra["setting"] == "Core group meeting at the family home."


def test_a_date_of_birth_read_as_a_header_s_word_redacts_nothing_inside_other_words():
    redactor = Redactor(PersonalData(dates_of_birth=["05/04/2019", "Age", "14th Febuary 2015"]))
    assert redactor.redact("Management oversight; age 7") == "Management oversight; age 7"
    assert "2015" not in redactor.redact("Born 14th Febuary 2015.")


def test_a_childs_name_in_a_strip_of_labels_over_values_is_redacted_and_the_strips_are_no_list_of_cases():
    builder = DocxForm("TAF Plan Audit")
    builder.table([["Early Help ref.", "Child's name", "Date of birth"],
                   ["EH/98572", "Maisie Kowalczyk", "Monday 6 August 2012"],
                   ["Other children in the household", "Parent(s)", "Lead practitioner"],
                   ["Kacey Kowalczyk, Friday 12 June 2015", "Chantelle Kowalczyk", "Kirsty Duckworth"],
                   ["Team", "Service area", "Audited by"],
                   ["Early Help Team North", "Early Help", "Lynne Cartwright (EH Team Manager)"]])
    builder.table([["Overall grade", "Good"], ["What the family told us", "Mum said Maisie now has a say in the plan."]])
    form = parse_bytes(builder.bytes(), "audit.docx", definitions())
    output = json.dumps(form.to_json())
    assert "Maisie" not in output and "Kacey" not in output and "Chantelle" not in output
    assert (form.case_id, form.practitioner, form.auditor) == ("EH/98572", "Kirsty Duckworth", "Lynne Cartwright")


def _details_in_merged_cells(pairs: list[tuple[str, str]], voice: str) -> bytes:
    """A workbook whose details stand two to a row, "Label: value" in each
    of two merged cells, then the family's voice."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    rows = [["Early Help \u2013 Step Up / Step Down Quality Audit"], [], ["About the family"]]
    rows += [[left, None, None, None, right] for left, right in pairs]
    rows += [[], ["Overall grade", None, None, None, None, "Good"], [], ["The family's voice"], [voice]]
    for row in rows:
        sheet.append(row)
    for number in range(4, 4 + len(pairs)):
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=4)
        sheet.merge_cells(start_row=number, start_column=5, end_row=number, end_column=8)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_workbooks_details_as_label_and_value_in_each_cell_are_read_and_the_child_redacted():
    for child, first in (("Child's name: Keeley Okafor", "Keeley"), ("Index child: Kacey Kowalczyk", "Kacey")):
        data = _details_in_merged_cells(
            [("Early Help ref: EH-994295", child), ("Date of birth: Sunday 9 February 2025", "Address: 57 Bramble Way"),
             ("Lead Professional (LP): Farah Malik", "Service: Early Help"),
             ("Date of audit: Tuesday 13 October 2026", "Auditor: Lynne Cartwright")],
            f"Mum said the plan is written in words she understands, and that {first} now has a say in it.")
        form = parse_bytes(data, "audit.xlsx", definitions())
        # Each cell's "Label: value" read, the child's name among them
        # ("Index child": the child the work is about).
        assert form.case_id == "EH-994295" and form.auditor == "Lynne Cartwright", child
        assert first not in json.dumps(form.to_json()), child


def test_an_area_named_for_a_relationship_is_no_table_of_the_household():
    data = xlsx_bytes({"Audit": [
        ["TAF Audit (Early Help)"],
        ["Early Help ref", "EH-116402"],
        ["Area", "Evidence", "Grade"],
        ["Lead professional: coordination and relationship",
         "Management oversight is present but does not give clear direction or timescales.", "RI"],
        ["Difference made for the child",
         "Management oversight is present but does not give clear direction or timescales.", "RI"],
        ["Overall grade", "Good"],
        ["Strengths"],
        ["Supervision is regular and gives clear direction with timescales."],
    ]})
    form = parse_bytes(data, "audit.xlsx", definitions())
    assert form.strengths == ["Supervision is regular and gives clear direction with timescales."]


def test_children_named_after_their_cases_reference_in_a_list_of_cases_never_come_out():
    builder = DocxForm("Case Audit Moderation Panel: Minutes of Meeting")
    builder.table([["Chair (Head of Service)", "David Okonjo"], ["Month audited", "October 2026"]])
    builder.table([["Case ref", "Grade by", "Outstanding", "Good", "Requires improvement", "Inadequate", "Note"],
                   ["LCS8406522 / Mason Szymanski, Harley Szymanski", "Auditor (Andrew Booth)", None, None, None,
                    "\u25cf", None],
                   ["LCS8406522 / Mason Szymanski, Harley Szymanski", "Panel", None, None, None, "\u25cf",
                    "Harley was not spoken to."]])
    form = parse_bytes(builder.bytes(), "minutes.docx", definitions())
    # (However the list is read, the children it names are no one's to see.)
    out = json.dumps(form.to_json())
    assert "Mason" not in out and "Harley" not in out and "Szymanski" not in out
