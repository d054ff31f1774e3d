"""Grades however a form writes them, and yes/no answers."""

import pytest
from forms_helpers import definitions

from bot.forms.grades import NONE_CHOSEN, SEVERAL_CHOSEN, GradeReader, read_yes_no, ticked_options
from bot.forms.model import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT


@pytest.fixture(scope="module")
def grades():
    return GradeReader(definitions().grades)


@pytest.mark.parametrize(
    "text, grade",
    [
        ("Good", GOOD),
        ("GOOD", GOOD),
        ("Good.", GOOD),
        ("good - some drift in planning", GOOD),
        ("Outstanding", OUTSTANDING),
        ("RI", REQUIRES_IMPROVEMENT),
        ("RIG", REQUIRES_IMPROVEMENT),
        ("Requires improvement", REQUIRES_IMPROVEMENT),
        ("REQUIRES IMPROVEMENT TO BE GOOD", REQUIRES_IMPROVEMENT),
        ("Requires Improvement to be Good (RI)", REQUIRES_IMPROVEMENT),
        ("Inadequate", INADEQUATE),
        ("Inadequate - child not seen for 12 weeks", INADEQUATE),
        ("Judgement: requires improvement to be good", REQUIRES_IMPROVEMENT),
    ],
)
def test_spellings(grades, text, grade):
    assert grades.read(text).value == grade


def test_requires_improvement_to_be_good_is_never_read_as_good(grades):
    assert grades.grades_in("Requires improvement to be good") == [REQUIRES_IMPROVEMENT]


@pytest.mark.parametrize(
    "text",
    [
        "\u2610 Outstanding \u2612 Good \u2610 Requires improvement \u2610 Inadequate",
        "Outstanding \u2610 Good \u2612 Requires improvement \u2610 Inadequate \u2610",
        "\u2610 Outstanding / \u2612 Good / \u2610 RI / \u2610 Inadequate",
    ],
)
def test_ticked_boxes_before_or_after_the_label(grades, text):
    assert grades.read(text).value == GOOD


def test_a_list_of_every_option_with_none_chosen_is_no_grade(grades):
    reading = grades.read("Outstanding / Good / Requires Improvement / Inadequate")
    assert reading.value is None and reading.problem == NONE_CHOSEN


def test_empty_boxes_are_no_grade(grades):
    reading = grades.read("\u2610 Outstanding \u2610 Good \u2610 RI \u2610 Inadequate")
    assert reading.value is None and reading.problem == NONE_CHOSEN


def test_two_ticked_grades_are_no_grade(grades):
    reading = grades.read("\u2612 Outstanding \u2612 Good \u2610 RI \u2610 Inadequate")
    assert reading.value is None and reading.problem == SEVERAL_CHOSEN


def test_text_without_a_grade_is_no_grade_and_no_problem(grades):
    assert grades.read("see comments").value is None
    assert grades.read("").problem is None


def test_ticked_options_reads_labels_in_order():
    assert ticked_options("\u2612 Yes \u2610 No") == (["Yes"], ["Yes", "No"])
    assert ticked_options("plain text") is None


@pytest.mark.parametrize(
    "text, answer, detail",
    [
        ("Yes", True, ""),
        ("yes - referred to MASH today", True, "referred to MASH today"),
        ("No", False, ""),
        ("None identified", False, ""),
        ("N/A", False, ""),
        ("\u2612 Yes \u2610 No", True, ""),
        ("\u2610 Yes \u2612 No", False, ""),
        ("Yes \u2612 No \u2610", True, ""),
    ],
)
def test_yes_no_answers(text, answer, detail):
    reading, found = read_yes_no(text, definitions().yes_words, definitions().no_words)
    assert reading.value is answer
    assert found == detail


def test_an_unclear_answer_is_neither_yes_nor_no():
    reading, detail = read_yes_no("Mother's partner has moved back in", ["yes"], ["no"])
    assert reading.value is None and detail == "Mother's partner has moved back in"
