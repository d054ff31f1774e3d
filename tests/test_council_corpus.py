"""The council-layout tuning corpus (`bot.samples.councils`): every family
builds, every file opens as Word or Excel opens it, the truth has the
contract's fields and none of the personal data, and the same seed gives
the same bytes. The parser is not run here (bench/accuracy.py measures it)."""

from __future__ import annotations

import functools
import io
import json
import re

import docx
import openpyxl
import pytest

from bot.samples import GRADES
from bot.samples.councils import FAMILIES, council_corpus
from bot.samples.tool_phrases import MODERATION_OVERVIEW, THEMATIC_AUDIT

PER_FAMILY = 2
CONTRACT = ("form", "case_id", "auditor", "practitioner", "team", "service", "date", "grade", "moderated_grade",
            "final_grade", "section_grades", "urgent_concern", "moderated", "action_count", "action_due_dates",
            "strength_count", "development_area_count", "extra")


@functools.cache
def corpus():
    return council_corpus(seed=1, per_family=PER_FAMILY)


def _text(form) -> str:
    """Everything a reader sees in the file, as one string."""
    if form.filename.endswith(".docx"):
        document = docx.Document(io.BytesIO(form.data))
        return "\n".join(node.text or "" for node in document.element.body.iter()
                         if node.tag.endswith("}t"))
    workbook = openpyxl.load_workbook(io.BytesIO(form.data))
    return "\n".join(str(cell.value) for sheet in workbook.worksheets for row in sheet.iter_rows()
                     for cell in row if cell.value is not None)


def test_every_family_is_named_once_and_builds_its_share_of_files():
    names = [family.FAMILY for family in FAMILIES]
    assert len(names) == len(set(names))
    forms = corpus()
    assert [form.family for form in forms] == [name for name in names for _ in range(PER_FAMILY)]
    assert len({form.filename for form in forms}) == len(forms)


@pytest.mark.parametrize("family", [family.FAMILY for family in FAMILIES])
def test_every_file_opens_in_word_or_excel_and_shows_its_date_and_auditor(family):
    for form in (form for form in corpus() if form.family == family):
        assert form.filename.startswith(f"{family}-") and form.filename.endswith((".docx", ".xlsx"))
        text = _text(form)
        assert text.strip()
        if form.filename.endswith(".docx"):
            surname = form.expected["auditor"].split()[-1]
            assert surname.casefold() in text.casefold(), form.filename


def test_the_truth_has_the_contract_fields_in_the_contract_spelling():
    for form in corpus():
        expected = form.expected
        assert tuple(expected) == CONTRACT, form.filename
        graded = expected["form"] not in (THEMATIC_AUDIT, MODERATION_OVERVIEW)
        assert (expected["grade"] in GRADES) if graded else expected["grade"] is None, form.filename
        assert set(expected["section_grades"].values()) <= set(GRADES)
        assert expected["final_grade"] == (expected["moderated_grade"] or expected["grade"])
        assert expected["action_count"] == len(expected["action_due_dates"])


def test_the_truth_holds_none_of_the_personal_data_and_a_child_is_always_listed():
    for form in corpus():
        serialised = json.dumps(form.expected).casefold()
        found = [item for item in form.personal_data
                 if re.search(rf"(?<!\w){re.escape(item.casefold())}(?!\w)", serialised)]
        assert not found, (form.filename, found)
        if form.expected["case_id"] is not None:
            assert form.personal_data, form.filename


def test_every_named_child_or_family_member_listed_is_in_the_file():
    """The personal data beyond the sample's own (brothers, sisters, the
    names children are known by, children at a session) is what the file
    names, so the privacy check looks for something that is there."""
    for form in corpus():
        text = _text(form).casefold()
        names = [item for item in form.personal_data if item.replace(" ", "").replace("-", "").isalpha()]
        assert names == [] or any(name.casefold() in text for name in names), form.filename


@pytest.mark.parametrize("family", [family for family in FAMILIES if family.FAMILY in (
    "chair_audit_log", "learning_briefing", "supervision_observation", "eh_checklist", "graded_areas",
    "practice_observation", "deep_dive_audit",
    "area_grid_audit", "step_transfer_workbook")],
    ids=lambda family: family.FAMILY)
def test_the_same_seed_gives_the_same_bytes_and_another_seed_other_files(family):
    first = council_corpus(seed=1, per_family=1, families=(family,))
    again = council_corpus(seed=1, per_family=1, families=(family,))
    other = council_corpus(seed=2, per_family=1, families=(family,))
    assert [form.data for form in first] == [form.data for form in again]
    assert [form.data for form in first] != [form.data for form in other]
