"""The sample-form builder: the truth it invents, and the files it writes.

These checks read the files' XML directly (no LibreOffice, no parser): the
controls, fields and coloured runs must be there as Word writes them,
because the parser is tested against these files.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import docx
import openpyxl
import pytest
from lxml import etree

from bot.samples import (
    CASE_FILE_AUDIT,
    EARLY_HELP_AUDIT,
    GRADES,
    LAYOUTS,
    OBSERVATION,
    STAFF,
    build_docx,
    build_xlsx,
    people,
    phrases,
    sample_forms,
)
from bot.samples.ooxml import (
    BLANK_FORM_TEXT,
    CHECKED_BOX,
    PLACEHOLDER_TEXTS,
    UNCHECKED_BOX,
)
from bot.samples.wording import (
    DATE_STYLES,
    GRADE_SPELLINGS,
    LABELS,
    format_date,
    spell_grade,
)
from bot.staff import ROLES, load_staff

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NS = {"w": W, "w14": W14}
TODAY = date(2026, 12, 1)
FORMS = sample_forms(150, seed=11, today=TODAY)


def _first(predicate):
    return next(form for form in FORMS if predicate(form))


SCENARIOS = {
    "audit moderated to a new grade": _first(
        lambda form: form.kind == CASE_FILE_AUDIT and form.moderated_grade not in (None, form.grade)
    ),
    "audit not moderated": _first(lambda form: form.kind == CASE_FILE_AUDIT and form.moderation is None),
    "audit with an urgent concern": _first(lambda form: form.urgent_concern),
    "observation of a visit": _first(lambda form: form.kind == OBSERVATION and form.child is not None),
    "observation of a group": _first(lambda form: form.kind == OBSERVATION and form.child is None),
}


@functools.cache
def built(layout: str, scenario: str, seed: int) -> bytes:
    return build_docx(SCENARIOS[scenario], layout, variant_seed=seed)


def word_parts(data: bytes, wanted) -> dict[str, etree._Element]:
    """The parts of a .docx whose names `wanted(name)` accepts, parsed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: etree.fromstring(archive.read(name)) for name in archive.namelist() if wanted(name)}


def document_of(data: bytes) -> etree._Element:
    return word_parts(data, lambda name: name == "word/document.xml")["word/document.xml"]


def visible_text(data: bytes) -> str:
    """All text of the body and page headers, paragraphs on their own lines."""
    roots = word_parts(
        data, lambda name: name == "word/document.xml" or name.startswith("word/header")
    ).values()
    return "\n".join(
        "".join(p.xpath(".//w:t/text()", namespaces=NS)) for root in roots for p in root.iter(f"{{{W}}}p")
    )


def run_colours(root: etree._Element) -> set[str]:
    return set(root.xpath(".//w:r/w:rPr/w:color/@w:val", namespaces=NS))


def coloured_text(root: etree._Element, colour: str) -> str:
    runs = root.xpath(f".//w:r[w:rPr/w:color/@w:val='{colour}']", namespaces=NS)
    return " ".join("".join(run.xpath("w:t/text()", namespaces=NS)) for run in runs)


# --- every layout --------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_opens_and_carries_the_case_and_the_child(layout, scenario):
    sample = SCENARIOS[scenario]
    seed = list(SCENARIOS).index(scenario) % 2
    data = built(layout, scenario, seed)
    docx.Document(io.BytesIO(data))  # opens
    root = document_of(data)
    for paragraph in root.iter(f"{{{W}}}p"):
        kinds = paragraph.xpath("./w:r/w:fldChar/@w:fldCharType", namespaces=NS)
        assert kinds.count("begin") == kinds.count("end") >= kinds.count("separate")
    for sdt in root.iter(f"{{{W}}}sdt"):
        assert [child.tag.split("}")[1] for child in sdt if child.tag != f"{{{W}}}sdtEndPr"] == [
            "sdtPr",
            "sdtContent",
        ]
    assert sorted(root.xpath("//w:bookmarkStart/@w:id", namespaces=NS)) == sorted(
        root.xpath("//w:bookmarkEnd/@w:id", namespaces=NS)
    )
    text = visible_text(data)
    for expected in (sample.auditor, sample.practitioner, sample.team, sample.setting or sample.service):
        assert expected in text
    if sample.child is not None:
        # Real forms carry the child's details; the parser must drop them.
        assert sample.case_id in text
        assert sample.child.full_name in text
        if sample.kind != OBSERVATION:
            assert sample.child.postcode in text
            birthdays = {format_date(sample.child.date_of_birth, style) for style in DATE_STYLES}
            assert any(spelling in text for spelling in birthdays)
            assert sum(text.count(sentence) for sentence in sample.strengths) == len(sample.strengths)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_same_call_gives_the_same_bytes_and_another_seed_another_form(layout):
    scenario = "audit moderated to a new grade"
    assert build_docx(SCENARIOS[scenario], layout, variant_seed=0) == built(layout, scenario, 0)
    assert built(layout, scenario, 1) != built(layout, scenario, 0)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_moderation_is_typed_in_the_moderators_colour(layout):
    scenario = "audit moderated to a new grade"
    sample = SCENARIOS[scenario]
    for seed in (0, 1):
        root = document_of(built(layout, scenario, seed))
        colours = run_colours(root) - {"FFFFFF"}  # white is label text on dark cells
        assert len(colours) == 1
        colour = colours.pop()
        ink = coloured_text(root, colour)
        for comment in (*sample.moderation.comments, *sample.moderation.section_comments.values()):
            assert comment in ink
        if layout != "legacy_fields":  # a FORMDROPDOWN choice has no run to colour
            spellings = {
                spelling.lower()
                for spelling in (spell_grade(sample.moderated_grade, style) for style in GRADE_SPELLINGS)
            }
            assert any(spelling in ink.lower() for spelling in spellings)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_unmoderated_form_has_no_coloured_text(layout):
    for seed in (0, 1):
        assert run_colours(document_of(built(layout, "audit not moderated", seed))) <= {"FFFFFF"}


def test_an_unknown_layout_is_refused():
    with pytest.raises(ValueError, match="checkboxes"):
        build_docx(FORMS[0], "handwritten")


def test_variant_seeds_vary_the_labels():
    sample = SCENARIOS["audit not moderated"]
    found = set()
    for seed in range(8):
        text = visible_text(build_docx(sample, "paragraphs", variant_seed=seed))
        found |= {label for label in LABELS["case_id"] if label in text}
    assert len(found) >= 3


# --- ticked boxes ---------------------------------------------------------


def marks(element: etree._Element) -> list[tuple[bool, str]]:
    """Each box in reading order with the text after it: (ticked, label).
    Understands ☒/☐, Wingdings symbols, an X or ✓ typed in a cell, and
    FORMCHECKBOX fields."""
    found: list[tuple[bool, str]] = []
    for node in element.iter(f"{{{W}}}t", f"{{{W}}}sym", f"{{{W}}}checkBox"):
        if node.tag == f"{{{W}}}checkBox":
            checked = node.find("w:checked", NS)
            default = node.find("w:default", NS).get(f"{{{W}}}val") == "1"
            found.append((default if checked is None else checked.get(f"{{{W}}}val", "1") != "0", ""))
        elif node.tag == f"{{{W}}}sym":
            found.append((node.get(f"{{{W}}}char") == "F0FE", ""))
        elif node.text in (CHECKED_BOX, UNCHECKED_BOX, "X", "\u2713"):
            found.append((node.text != UNCHECKED_BOX, ""))
        elif found and node.text:
            ticked, label = found[-1]
            found[-1] = (ticked, label + node.text)
    return [(ticked, label.strip()) for ticked, label in found]


@pytest.mark.parametrize("layout", ["checkboxes", "legacy_fields"])
def test_the_grade_matrix_ticks_the_graded_column_of_each_section(layout):
    sample = SCENARIOS["audit moderated to a new grade"]
    matrices = 0
    for seed in range(6):
        root = document_of(build_docx(sample, layout, variant_seed=seed))
        for row in root.iter(f"{{{W}}}tr"):
            cells = row.findall("w:tc", NS)
            name = "".join(cells[0].xpath(".//w:t/text()", namespaces=NS)) if cells else ""
            if name in sample.section_grades and len(cells) >= 5:
                ticks = [any(ticked for ticked, _ in marks(cell)) for cell in cells[1:5]]
                assert ticks == [grade == sample.section_grades[name] for grade in GRADES]
                matrices += 1
    assert matrices >= 2 * len(sample.sections)


@pytest.mark.parametrize("layout", ["checkboxes", "content_controls", "legacy_fields"])
def test_yes_no_answers_tick_one_box(layout):
    sample = SCENARIOS["audit with an urgent concern"]
    root = document_of(built(layout, "audit with an urgent concern", 0))
    answers = [
        [label for ticked, label in marks(paragraph) if ticked]
        for paragraph in root.iter(f"{{{W}}}p")
        if [label for _, label in marks(paragraph)] == ["Yes", "No"]
    ]
    assert answers == [["Yes" if sample.urgent_concern else "No"]]


def test_the_overall_judgement_is_a_line_of_boxes_with_one_ticked():
    sample = SCENARIOS["audit not moderated"]
    root = document_of(built("checkboxes", "audit not moderated", 0))
    lines = [marks(paragraph) for paragraph in root.iter(f"{{{W}}}p") if len(marks(paragraph)) == 4]
    ticked = [[label for is_ticked, label in line if is_ticked] for line in lines]
    # The auditor's line, then the moderated judgement line left blank.
    assert ticked[0] in ([spell_grade(sample.grade, style)] for style in GRADE_SPELLINGS)
    assert ticked[1] == []


# --- content controls and legacy form fields ------------------------------


def test_content_controls_are_written_as_word_writes_them():
    sample = SCENARIOS["audit moderated to a new grade"]
    roots = [
        document_of(built("content_controls", "audit moderated to a new grade", seed)) for seed in (0, 1)
    ]
    roots += [document_of(build_docx(sample, "content_controls", variant_seed=seed)) for seed in range(2, 8)]
    for root in roots:
        boxes = root.xpath("//w:sdt[w:sdtPr/w14:checkbox]", namespaces=NS)
        assert boxes
        for box in boxes:
            state = box.xpath("w:sdtPr/w14:checkbox/w14:checked/@w14:val", namespaces=NS)
            assert state in (["0"], ["1"])
            assert box.xpath("w:sdtPr/w14:checkbox/w14:checkedState/@w14:val", namespaces=NS) == ["2612"]
            assert box.xpath("w:sdtPr/w14:checkbox/w14:uncheckedState/@w14:val", namespaces=NS) == ["2610"]
            assert "".join(box.xpath("w:sdtContent//w:t/text()", namespaces=NS)) == (
                CHECKED_BOX if state == ["1"] else UNCHECKED_BOX
            )
        for choices in root.xpath("//w:sdt/w:sdtPr/w:dropDownList", namespaces=NS):
            first = choices.find("w:listItem", NS)
            assert PLACEHOLDER_TEXTS["list"] in (first.get(f"{{{W}}}displayText"), first.get(f"{{{W}}}value"))
        assert root.xpath(
            f"//w:sdtPr/w:date[@w:fullDate='{sample.date.isoformat()}T00:00:00Z']/w:dateFormat", namespaces=NS
        )
        untouched = root.xpath("//w:sdt[w:sdtPr/w:showingPlcHdr]", namespaces=NS)
        shown = {"".join(sdt.xpath("w:sdtContent//w:t/text()", namespaces=NS)) for sdt in untouched}
        assert PLACEHOLDER_TEXTS["list"] in shown and shown <= set(PLACEHOLDER_TEXTS.values())
        assert all(
            sdt.xpath("w:sdtContent//w:rStyle[@w:val='PlaceholderText']", namespaces=NS) for sdt in untouched
        )
        rich = root.xpath("//w:tc/w:sdt[w:sdtContent/w:p]", namespaces=NS)
        assert any(
            not sdt.xpath("w:sdtPr/w:text | w:sdtPr/w:dropDownList | w:sdtPr/w:date", namespaces=NS)
            for sdt in rich
        )
    # Some forms wrap the whole grade cell in its drop-down, as Word does.
    assert any(
        root.xpath("//w:tr/w:sdt[w:sdtPr/w:dropDownList]/w:sdtContent/w:tc", namespaces=NS) for root in roots
    )


def test_legacy_form_fields_are_written_as_word_writes_them():
    sample = SCENARIOS["audit with an urgent concern"]
    roots = [document_of(build_docx(sample, "legacy_fields", variant_seed=seed)) for seed in range(6)]
    data = built("legacy_fields", "audit with an urgent concern", 0)
    settings = word_parts(data, lambda name: name == "word/settings.xml")["word/settings.xml"]
    assert settings.xpath("w:documentProtection[@w:edit='forms'][@w:enforcement='1']", namespaces=NS)
    for root in roots:
        instructions = [text.strip() for text in root.xpath("//w:instrText/text()", namespaces=NS)]
        assert {"FORMTEXT", "FORMCHECKBOX"} <= set(instructions)
        assert len(root.xpath("//w:fldChar[@w:fldCharType='begin']/w:ffData", namespaces=NS)) == len(
            instructions
        )
        assert root.xpath("//w:ffData[w:name][w:enabled]/w:textInput", namespaces=NS)
        assert root.xpath("//w:ffData/w:checkBox/w:default", namespaces=NS)
        assert BLANK_FORM_TEXT in root.xpath("//w:r/w:t/text()", namespaces=NS)
        assert sample.case_id in root.xpath("//w:r[w:rPr/w:noProof]/w:t/text()", namespaces=NS)
    everywhere = [node for root in roots for node in root.iter()]
    unticked_defaults = [
        node
        for node in everywhere
        if node.tag == f"{{{W}}}checkBox"
        and node.xpath("w:default/@w:val='1' and w:checked/@w:val='0'", namespaces=NS)
    ]
    assert unticked_defaults, "some forms tick 'No' by default and the auditor unticked it"
    assert any(
        node.tag == f"{{{W}}}ddList" and node.find("w:listEntry", NS) is not None for node in everywhere
    )
    assert any(
        root.xpath("//w:ffData/w:textInput[w:type/@w:val='date']/w:format", namespaces=NS) for root in roots
    )


# --- Excel ----------------------------------------------------------------


def test_excel_forms_open_with_openpyxl_and_carry_the_form():
    sample = SCENARIOS["audit moderated to a new grade"]
    date_kinds, case_id_kinds = set(), set()
    for seed in range(8):
        data = build_xlsx(sample, variant_seed=seed)
        assert data == build_xlsx(sample, variant_seed=seed)
        workbook = openpyxl.load_workbook(io.BytesIO(data), rich_text=True)
        sheet = workbook.worksheets[0]
        values = [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]
        text = "\n".join(str(value) for value in values)
        assert sample.child.full_name in text and sample.auditor in text
        case_id_kinds |= {type(value) for value in values if str(value) == sample.case_id}
        due = sample.actions[0].due
        typed = {format_date(due, style) for style in DATE_STYLES}
        date_kinds |= {"date" for value in values if value == datetime.combine(due, time())}
        date_kinds |= {"text" for value in values if isinstance(value, str) and value in typed}
        validations = sheet.data_validations.dataValidation
        assert validations and all(validation.type == "list" for validation in validations)
        colours = {
            cell.font.color.rgb[-6:]
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None and cell.font.color is not None and isinstance(cell.font.color.rgb, str)
        }
        assert sample.moderation.comments[0] in text
        assert colours & {"C00000", "0070C0", "7030A0", "00B050", "FF0000"}
    assert case_id_kinds == {int, str}
    assert date_kinds == {"date", "text"}


# --- the population ---------------------------------------------------------


def test_sample_forms_are_the_same_for_the_same_seed_and_differ_for_another():
    assert sample_forms(20, seed=3, today=TODAY) == sample_forms(20, seed=3, today=TODAY)
    assert sample_forms(20, seed=3, today=TODAY) != sample_forms(20, seed=4, today=TODAY)


def test_sample_forms_spread_like_a_councils_month():
    forms = sample_forms(300, seed=7, today=TODAY)
    count = len(forms)
    grades = [form.grade for form in forms]
    moderated = [form for form in forms if form.moderation]
    assert {form.kind for form in forms} == {CASE_FILE_AUDIT, EARLY_HELP_AUDIT, OBSERVATION}
    assert (grades.count("Good") + grades.count("Requires Improvement to be Good")) / count > 0.6
    assert 0 < grades.count("Inadequate") < grades.count("Good") and grades.count("Outstanding") > 0
    assert 0.2 < len(moderated) / count < 0.4
    assert any(form.moderated_grade not in (None, form.grade) for form in moderated)
    assert any(form.moderated_grade == form.grade for form in moderated)
    assert any(form.moderated_grade is None for form in moderated)
    assert 0 < sum(form.urgent_concern for form in forms) < 0.15 * count
    assert all(
        date(2026, 11, 1) <= form.date <= date(2026, 11, 30) and form.date.weekday() < 5 for form in forms
    )
    assert all(action.due > form.date for form in forms for action in form.actions)
    case_ids = [form.case_id for form in forms if form.case_id]
    assert len(case_ids) == len(set(case_ids)) and all(len(case_id) == 7 for case_id in case_ids)
    assert len({form.service for form in forms}) >= 4 and len({form.team for form in forms}) >= 8
    assert any(form.case_id is None for form in forms if form.kind == OBSERVATION)
    assert any(
        any(form.child.first_name in strength for strength in form.strengths) for form in forms if form.child
    )


def test_expected_has_the_contract_fields_and_no_personal_data():
    for form in FORMS:
        expected = form.expected()
        assert expected["form"] == form.kind and expected["date"] == form.date.isoformat()
        assert expected["final_grade"] == (form.moderated_grade or form.grade)
        assert {expected["grade"], expected["final_grade"], *expected["section_grades"].values()} <= set(
            GRADES
        )
        assert expected["action_count"] == len(expected["action_due_dates"])
        serialised = json.dumps(expected)
        assert not [item for item in form.personal_data() if item in serialised]


def test_personal_data_lists_the_child_the_family_and_the_birthday_in_every_spelling():
    audit = SCENARIOS["audit not moderated"]
    form = dataclasses.replace(audit, child=dataclasses.replace(audit.child, date_of_birth=date(2014, 11, 3)))
    data = form.personal_data()
    child = form.child
    for item in (
        child.full_name,
        child.first_name,
        child.surname,
        child.postcode,
        *child.address_lines,
        *child.parents,
    ):
        assert item in data
    for spelling in (
        "03/11/2014",
        "3/11/14",
        "3 Nov 2014",
        "3rd November 2014",
        "Monday 3rd November 2014",
        "03.11.2014",
    ):
        assert spelling in data
    assert dataclasses.replace(form, child=None, case_id=None).personal_data() == []


def test_family_names_never_appear_in_staff_names_or_form_wording():
    """Else a parser's output could hold a 'child's name' that is only a
    team or a label, and the personal-data check would cry wolf."""
    wording = [
        *(member.name for member in STAFF),
        *(member.team for member in STAFF),
        *(member.service for member in STAFF),
        *(
            text
            for choices in LABELS.values()
            for choice in choices
            for text in (choice if isinstance(choice, tuple) else (choice,))
        ),
        *(text for names in phrases.TOOL_SECTIONS.values() for text in names),
        *phrases.TOOL_SECTIONS,
        *(value for name in dir(phrases) if name.isupper() for value in _strings(getattr(phrases, name))),
    ]
    corpus = "\n".join(wording).replace("{child}", "").lower()
    names = (*people.CHILD_FIRST_NAMES, *people.FAMILY_SURNAMES, *people.STREETS, *people.LOCALITIES)
    assert [name for name in names if name.lower() in corpus] == []


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.items() for text in _strings(item)]
    return [text for item in value for text in _strings(item)]


def test_the_staff_list_is_one_consistent_organisation():
    emails = [member.email for member in STAFF]
    roles = set(ROLES)
    assert len(emails) == len(set(emails)) and all(
        email.endswith("@northmoor.example.gov.uk") for email in emails
    )
    assert {member.role for member in STAFF} == roles
    assert all(member.reports_to in emails for member in STAFF if member.role != "director")
    for member in STAFF:
        if member.role in people.FRONT_LINE_MANAGERS:
            assert people.head_of_service_over(member) is not None


def test_dates_and_grades_are_spelled_as_uk_forms_spell_them():
    day = date(2026, 11, 3)
    spellings = {
        format_date(day, style)
        for style in (
            "dd/mm/yyyy",
            "d/m/yy",
            "d mon yyyy",
            "dth month yyyy",
            "weekday dth month yyyy",
            "dd.mm.yyyy",
        )
    }
    assert spellings == {
        "03/11/2026",
        "3/11/26",
        "3 Nov 2026",
        "3rd November 2026",
        "Tuesday 3rd November 2026",
        "03.11.2026",
    }
    improvement = {spell_grade("Requires Improvement to be Good", style) for style in GRADE_SPELLINGS}
    assert {"RI", "Requires improvement", "REQUIRES IMPROVEMENT TO BE GOOD"} <= improvement


def test_the_shipped_staff_list_is_the_sample_organisation():
    """The demo's forms name these people; alerts reach the right Head of
    Service only if config/staff.csv lists the same organisation."""
    shipped = load_staff(Path(__file__).resolve().parent.parent / "config" / "staff.csv")
    assert list(shipped) == list(STAFF)
