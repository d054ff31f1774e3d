"""The accuracy benchmark's comparison: what counts as a field read right."""

from bench.accuracy import compare


def test_an_area_is_read_right_under_the_name_the_configuration_gives_it():
    # The bot reports "Quality of assessment" as "Assessment" (config/forms.yaml
    # `sections`), so reports count one area under one name.
    truth = {"section_grades": {"B2. Quality of assessment": "Good", "Voice of the child": "Inadequate"}}
    result = {"section_grades": {"Assessment": "Good", "Voice of the child": "Good"}}
    assert [field.right for field in compare(truth, result)] == [True, False]


def test_an_area_missing_is_a_miss():
    truth = {"section_grades": {"Quality of assessment": "Good"}}
    assert [field.right for field in compare(truth, {"section_grades": {"Planning": "Good"}})] == [False]


def test_an_area_s_numbering_is_no_part_of_its_name():
    # "Standard 2 –", "Criterion 1 –", "Question 4:", "Prompt B –", "3.", "3a)": numbering, as a reader ignores it.
    # So is "C.1", a part's letter, a dot and the area's number.
    truth = {"section_grades": {"Planning the direct work": "Good", "Hearing the child": "Good", "Next steps": "Good",
                                "Did the step happen without a gap in help?": "Good", "The worries": "Good",
                                "Recognising risk and early referral": "Good", "The child's lived experience": "Good"}}
    result = {"section_grades": {"Criterion 1 \u2013 Planning the direct work": "Good",
                                 "Standard 2 \u2013 Hearing the child": "Good", "3. Next steps": "Good",
                                 "Question 4: Did the step happen without a gap in help?": "Good",
                                 "Prompt B \u2013 The worries": "Good",
                                 "3a) Recognising risk and early referral": "Good",
                                 "C.1 The child's lived experience": "Good"}}
    assert [field.right for field in compare(truth, result)] == [True] * 7
