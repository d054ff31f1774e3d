"""The blank Word forms: one per kind, each read as its own kind, and a
blank filled in by code reads back every value written into it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml.ns import qn
from docx.shared import RGBColor
from forms_helpers import definitions

from bot.errors import ConfigError
from bot.forms import parse_bytes
from bot.forms.blank import ACTION_COLUMNS, SECTION_COLUMNS, blank_form, file_name, write_blank_forms
from bot.forms.definitions import definitions_from_data
from bot.forms.model import ParsedForm
from bot.forms.text import normalise
from bot.reports.figures import AUDIT_KINDS

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates" / "forms"
SETTINGS = yaml.safe_load((ROOT / "config" / "bot.yaml").read_text(encoding="utf-8"))
WORDS = {"council": SETTINGS["organisation"]["name"], "department": SETTINGS["organisation"]["department"],
         "mailbox": SETTINGS["mailbox"]["address"]}
KINDS = list(definitions().kinds.values())
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
RED = "C00000"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("blank")
    return write_blank_forms(definitions(), folder, **WORDS)


def test_every_kind_gets_a_blank_named_after_its_title(written):
    assert [path.name for path in written] == [file_name(kind) for kind in KINDS]
    assert "full-case-file-audit.docx" in {path.name for path in written}
    assert "observation-of-practice.docx" in {path.name for path in written}
    assert len(set(written)) == len(KINDS)


def test_the_committed_blank_forms_are_what_the_writer_writes_today(written):
    """templates/forms/ is up to date (regenerate with `run_bot.py blank-forms`
    after changing forms.yaml), and writing is deterministic."""
    for path in written:
        assert (TEMPLATES / path.name).read_bytes() == path.read_bytes(), f"templates/forms/{path.name} is out of date"
    assert blank_form(KINDS[0], **WORDS) == written[0].read_bytes()


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_each_blank_opens_in_word_with_the_council_and_the_title(written, kind):
    document = docx.Document(str(next(path for path in written if path.name == file_name(kind))))
    texts = [paragraph.text for paragraph in document.paragraphs if paragraph.text]
    assert texts[0] == f"{WORDS['council']} \u2013 {WORDS['department']}"
    assert texts[1] == kind.title and document.core_properties.title == kind.title
    assert any(WORDS["mailbox"] in text for text in texts)
    labels = [table.cell(row, 0).text for table in document.tables for row in range(len(table.rows))]
    assert not any(kind.field_for_label(label) in ("child_name", "family_names", "date_of_birth", "address")
                   for label in labels), "a blank form never asks for personal data"
    assert ("Moderated judgement" in labels) == (kind.moderation == "judgement")
    urgent = kind.fields["urgent_concern"].label + "?"
    assert (urgent in labels) == ("urgent_concern" in kind.blank_form.fields)


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_a_blank_reads_as_its_own_kind_missing_only_its_required_fields(written, kind):
    path = next(path for path in written if path.name == file_name(kind))
    form = parse_bytes(path.read_bytes(), path.name, definitions())
    assert form.form == kind.name
    assert form.errors == [kind.fields[alternatives[0]].missing_error() for alternatives in kind.required]
    assert form.ok == (not kind.required)
    expected_notes = {kind.fields[alternatives[0]].missing_warning or f"No {kind.fields[alternatives[0]].name} found on the form."
                      for alternatives in kind.expected}
    assert set(form.warnings) <= expected_notes
    assert (form.case_id, form.grade, form.section_grades, form.actions, form.urgent_concern) == (None, None, {}, [], False)


# Filling a blank in, as a manager would ---------------------------------------

PEOPLE = {"auditor": "Sam Lateman", "practitioner": "Jo Marsh", "moderator": "Claire Whitworth",
          "supervisor": "Andrew Booth", "supervisee": "Leila Haddad", "observer": "Julie Barlow"}
GRADE_CYCLE = ("Good", "Requires Improvement to be Good", "Outstanding", "Inadequate")


class Filler:
    """Writes a value into every box of a blank and says what the parser
    should read back."""

    def __init__(self, kind):
        self.kind = kind
        self.expected: dict = {"extra": {}, "section_grades": {}, "section_comments": {}}

    def fill(self, document) -> None:
        for table in document.tables:
            rows = table.rows
            header = tuple(cell.text for cell in rows[0].cells)
            if header == SECTION_COLUMNS:
                self.sections(rows[1:])
            elif header == ACTION_COLUMNS:
                self.actions(rows[1])
            else:
                self.label_rows(rows)

    def label_rows(self, rows) -> None:
        for index, row in enumerate(rows):
            key = self.kind.field_for_label(row.cells[0].text)
            if key is None:
                continue
            cell = row.cells[1] if len(row.cells) == 2 else rows[index + 1].cells[0]
            self.value(key, cell)

    def value(self, key: str, cell) -> None:
        field = self.kind.fields[key]
        colour = RED if key in ("moderator", "moderation_date", "moderator_comments", "moderated_grade") else None
        paragraph = cell.paragraphs[0]
        if field.type == "grade":
            grade = "Requires Improvement to be Good" if key == "moderated_grade" else "Good"
            choose(paragraph, grade)
            self.expect(key, grade)
        elif field.type == "date":
            pick_date(paragraph, date(2026, 11, 3))
            self.expect(key, date(2026, 11, 3) if key == "date" else "2026-11-03")
        elif field.type == "yes_no":
            tick_yes(paragraph)
            self.expect(key, True)
        elif field.type == "list":
            items = [f"First point about {field.name}.", f"Second point about {field.name}."]
            write(cell, items, colour)
            self.expect(key, items)
        elif field.type == "number":
            write(cell, ["12"])
            self.expect(key, 12)
        elif field.type == "case_ids":
            write(cell, ["1234567, 2345678"])
            self.expect(key, ["1234567", "2345678"])
        elif field.type == "dates":
            write(cell, ["03/11/2026, 17/11/2026"])
            self.expect(key, ["2026-11-03", "2026-11-17"])
        elif field.type == "short_list":
            write(cell, ["Police, Health visiting"])
            self.expect(key, ["Police", "Health visiting"])
        elif field.type == "case_id":
            write(cell, ["7654321"])
            self.expect(key, "7654321")
        else:
            # A person's box holds a name, as a manager would type it.
            text = PEOPLE.get(key, f"Example {field.name}")
            write(cell, [text], colour)
            self.expect(key, text)

    def expect(self, key: str, value) -> None:
        if key not in ParsedForm.__dataclass_fields__:
            self.expected["extra"][key] = value
        else:
            self.expected[key] = value

    def sections(self, rows) -> None:
        for index, row in enumerate(rows):
            name, grade = row.cells[0].text, GRADE_CYCLE[index % len(GRADE_CYCLE)]
            choose(row.cells[1].paragraphs[0], grade)
            write(row.cells[2], [f"Evidence for {name.lower()}."])
            canonical = definitions().canonical_section(name) or name
            self.expected["section_grades"][canonical] = grade
            self.expected["section_comments"][canonical] = f"Evidence for {name.lower()}."

    def actions(self, row) -> None:
        write(row.cells[0], ["Update the plan with the family."])
        write(row.cells[1], ["Practice manager"])
        write(row.cells[2], ["01/12/2026"])
        self.expected["actions"] = [{"action": "Update the plan with the family.", "owner": "Practice manager",
                                     "due": "2026-12-01"}]


def write(cell, lines, colour=None) -> None:
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def control(paragraph, kind: str):
    for sdt in paragraph._p.iter(qn("w:sdt")):
        if sdt.find(qn("w:sdtPr")).find(kind) is not None:
            return sdt
    raise AssertionError(f"no {kind} control in the value cell")


def show(sdt, text: str) -> None:
    """What Word does on choosing: drop the placeholder flag, show the text."""
    properties = sdt.find(qn("w:sdtPr"))
    properties.remove(properties.find(qn("w:showingPlcHdr")))
    run = sdt.find(qn("w:sdtContent")).find(qn("w:r"))
    run.remove(run.find(qn("w:rPr")))
    run.find(qn("w:t")).text = text


def choose(paragraph, grade: str) -> None:
    show(control(paragraph, qn("w:dropDownList")), grade)


def pick_date(paragraph, day: date) -> None:
    sdt = control(paragraph, qn("w:date"))
    sdt.find(qn("w:sdtPr")).find(qn("w:date")).set(qn("w:fullDate"), f"{day.isoformat()}T00:00:00Z")
    show(sdt, f"{day:%d/%m/%Y}")


def tick_yes(paragraph) -> None:
    sdt = control(paragraph, f"{W14}checkbox")  # the first box is Yes
    sdt.find(qn("w:sdtPr")).find(f"{W14}checkbox").find(f"{W14}checked").set(f"{W14}val", "1")
    sdt.find(qn("w:sdtContent")).find(qn("w:r")).find(qn("w:t")).text = "\u2612"


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_a_filled_in_blank_reads_back_every_value(written, kind, tmp_path):
    document = docx.Document(str(next(path for path in written if path.name == file_name(kind))))
    filler = Filler(kind)
    filler.fill(document)
    filled = tmp_path / "filled.docx"
    document.save(str(filled))
    form = parse_bytes(filled.read_bytes(), filled.name, definitions())
    result = form.to_json()
    assert form.ok, form.errors
    assert form.warnings == []
    expected = filler.expected
    section_comments = expected.pop("section_comments")
    extra = expected.pop("extra")
    for key, value in expected.items():
        got = form.date if key == "date" else result[key]
        assert got == value, key
    assert {key: form.extra[key] for key in extra} == extra
    if section_comments:
        assert form.extra["section_comments"] == section_comments
    # Every box the blank offers was filled in and read back.
    asked = set(kind.blank_form.fields)
    if kind.moderation:
        asked |= {"moderator", "moderation_date", "moderator_comments"}
    if kind.moderation == "judgement":
        asked.add("moderated_grade")
    assert asked <= {*expected, *extra}
    assert bool(kind.blank_form.sections) == bool(section_comments)


# The views question (2025 framework §2.4, item 7) --------------------------------

# The kinds the reports count the child's and family's views on.
VIEWS_KINDS = [kind for kind in KINDS if kind.name in AUDIT_KINDS]


def test_every_audit_the_reports_count_views_on_asks_the_question_on_its_blank():
    assert {kind.name for kind in VIEWS_KINDS} == set(AUDIT_KINDS)
    for kind in VIEWS_KINDS:
        assert "feedback_sought" in kind.blank_form.fields, kind.name


@pytest.mark.parametrize("kind", VIEWS_KINDS, ids=lambda kind: kind.name)
def test_the_views_question_as_printed_means_feedback_sought_by_its_words_alone(kind):
    # A council that rewords the question keeps it recognised: the printed
    # wording is one the `feedback_sought` meaning knows, not only a listed label.
    question = kind.fields["feedback_sought"].label + "?"
    document = docx.Document(str(TEMPLATES / file_name(kind)))
    assert question in [table.cell(row, 0).text for table in document.tables for row in range(len(table.rows))]
    assert definitions().meaning.field(question, kind.fields) == "feedback_sought"


def answer(paragraph, value: bool | None) -> None:
    """Tick Yes (True) or No (False) on a yes/no question, or neither (None)."""
    boxes = [sdt for sdt in paragraph._p.iter(qn("w:sdt")) if sdt.find(qn("w:sdtPr")).find(f"{W14}checkbox") is not None]
    assert len(boxes) == 2, "a Yes box and a No box"
    for box, meaning in zip(boxes, (True, False)):
        ticked = value is meaning
        box.find(qn("w:sdtPr")).find(f"{W14}checkbox").find(f"{W14}checked").set(f"{W14}val", "1" if ticked else "0")
        box.find(qn("w:sdtContent")).find(qn("w:r")).find(qn("w:t")).text = "\u2612" if ticked else "\u2610"


@pytest.mark.parametrize("value", [True, False, None], ids=["yes", "no", "unanswered"])
@pytest.mark.parametrize("kind", VIEWS_KINDS, ids=lambda kind: kind.name)
def test_the_views_answer_on_each_shipped_blank_reads_back(kind, value, tmp_path):
    document = docx.Document(str(TEMPLATES / file_name(kind)))
    Filler(kind).fill(document)
    question = kind.fields["feedback_sought"].label + "?"
    [cell] = [row.cells[1] for table in document.tables for row in table.rows if row.cells[0].text == question]
    answer(cell.paragraphs[0], value)
    filled = tmp_path / "filled.docx"
    document.save(str(filled))
    form = parse_bytes(filled.read_bytes(), filled.name, definitions())
    assert form.ok, form.errors
    assert form.extra.get("feedback_sought") is value


# Blank forms in forms.yaml --------------------------------------------------------

def forms_data():
    return yaml.safe_load((ROOT / "config" / "forms.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("field, problem", [
    ("child_name", "'child_name' is personal data, which a blank form never asks for."),
    ("moderated_grade", "'moderated_grade' is part of the moderation box or the urgent-concern question; leave it out."),
    ("supervisor", "'supervisor' is not a field of this kind."),
])
def test_a_blank_form_asks_only_for_the_kinds_own_fields_and_never_personal_data(field, problem):
    data = forms_data()
    data["kinds"]["thematic_audit"]["blank_form"]["fields"].append(field)
    with pytest.raises(ConfigError) as raised:
        definitions_from_data(data)
    assert f"At 'kinds.thematic_audit.blank_form.fields[9]': {problem}" in str(raised.value)


def test_a_kind_without_a_blank_form_asks_for_its_required_expected_and_own_fields():
    data = forms_data()
    del data["kinds"]["conversation_audit"]["blank_form"]
    kind = definitions_from_data(data).kind("conversation_audit")
    assert kind.blank_form.fields == ("case_id", "family_view", "grade", "date", "auditor", "method",
                                      "difference_made", "feedback_sought", "strengths", "development_areas", "actions")
    assert parse_bytes(blank_form(kind, council="Northmoor"), "blank.docx", definitions()).form == "conversation_audit"


def test_the_first_label_a_blank_prints_is_the_kinds_own():
    kinds = definitions().kinds
    assert kinds["supervision_audit"].fields["practitioner"].label == "Supervisee"
    assert kinds["observation"].fields["auditor"].label == "Observer"
    assert kinds["case_file_audit"].fields["practitioner"].label == "Practitioner"
    assert normalise(kinds["thematic_audit"].fields["actions"].label) == "service level actions"


def test_two_kinds_may_not_share_a_title_as_their_blanks_would_share_a_file():
    data = forms_data()
    data["kinds"]["taf_audit"]["title"] = "Early Help case file audit"
    with pytest.raises(ConfigError) as raised:
        definitions_from_data(data)
    assert "At 'kinds.taf_audit.title': 'Early Help case file audit' is already the title of 'early_help_audit'." in str(
        raised.value)
