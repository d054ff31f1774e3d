"""config/forms.yaml: the shipped file loads; a bad edit is refused with
every problem listed by its path."""

import copy

import pytest
import yaml
from forms_helpers import CONFIG, definitions

from bot.errors import ConfigError
from bot.forms import load_definitions
from bot.forms.definitions import SCHEMA_PATH, definitions_from_data


@pytest.fixture
def data():
    return copy.deepcopy(yaml.safe_load(CONFIG.read_text(encoding="utf-8")))


def problems(data) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        definitions_from_data(data)
    assert caught.value.source == "form definitions (forms.yaml)"
    return caught.value.problems


def test_the_shipped_definitions_have_every_kind_of_the_contract():
    kinds = definitions().kinds
    assert list(kinds)[:2] == ["case_file_audit", "observation"]
    assert {"thematic_audit", "supervision_audit", "moderation_overview", "multi_agency_audit", "early_help_audit"} <= set(kinds)


def test_kinds_have_titles_sheets_and_required_fields():
    audit = definitions().kind("case_file_audit")
    assert audit.title == "Full case file audit"
    assert audit.sheet == "Audits"
    assert audit.required == (("case_id",), ("grade", "moderated_grade"))
    observation = definitions().kind("observation")
    assert observation.sheet == "Observations"
    assert observation.required == (("practitioner",),)


def test_an_unknown_kind_names_the_known_ones():
    with pytest.raises(KeyError, match="case_file_audit"):
        definitions().kind("audit_of_everything")


def test_a_wrong_type_is_reported_at_its_path(data):
    data["kinds"]["observation"]["labels"]["case_id"] = ["Child ID", "Case ref", 12]
    assert problems(data) == ["At 'kinds.observation.labels.case_id[2]': 12 is not of type 'string'"]


def test_every_problem_is_listed_at_once(data):
    data["kinds"]["observation"]["lables"] = {}
    data["fields"]["team"]["type"] = "words"
    data["grades"]["Requires improvment"] = ["rx"]
    data["case_id_pattern"] = "([0-9"
    found = problems(data)
    assert any(problem.startswith("At 'kinds.observation': unknown key 'lables'") for problem in found)
    assert any(problem.startswith("At 'fields.team.type': 'words' is not one of") for problem in found)
    assert any(problem.startswith("At 'grades.Requires improvment': 'Requires improvment' is not an Ofsted judgement") for problem in found)
    assert any(problem.startswith("At 'case_id_pattern': '([0-9' is not a valid regular expression") for problem in found)


def test_a_grade_spelling_under_two_grades_is_refused(data):
    data["grades"]["Good"].append("RI")
    assert problems(data) == ["At 'grades.Requires Improvement to be Good[6]': 'ri' is already a spelling of 'Good'."]


def test_a_required_field_no_kind_has_is_refused(data):
    data["kinds"]["observation"]["required"] = ["practioner"]
    assert problems(data) == ["At 'kinds.observation.required[0]': 'practioner' is not a field of this kind."]


def test_a_label_used_by_two_fields_is_refused(data):
    data["kinds"]["observation"]["labels"]["team"] = ["Observer"]
    assert problems(data) == ["At 'kinds.observation.labels.team[0]': 'Observer' is already a label of 'auditor'."]


def test_a_sheet_name_excel_cannot_take_is_refused(data):
    data["kinds"]["thematic_audit"]["sheet"] = "Thematic/dip sample audits"
    assert problems(data)[0].startswith("At 'kinds.thematic_audit.sheet': 'Thematic/dip sample audits' cannot be an Excel sheet name")


def test_a_default_kind_that_does_not_exist_is_refused(data):
    data["default_kind"] = "audit"
    assert problems(data)[0].startswith("At 'default_kind': 'audit' is not one of the kinds")


def test_yes_unquoted_is_caught_as_not_a_string(data):
    data["answers"]["yes"] = [True]
    assert problems(data) == ["At 'answers.yes[0]': True is not of type 'string'"]


def test_a_missing_file_and_broken_yaml_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        load_definitions(tmp_path / "forms.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("kinds: [unclosed\n")
    with pytest.raises(ConfigError, match="At 'line"):
        load_definitions(broken)


def test_a_new_kind_is_only_configuration(data):
    data["kinds"]["return_home_interview"] = {
        "title": "Return home interview audit",
        "sheet": "Return home interviews",
        "detect": ["return home interview audit"],
        "required": ["case_id"],
        "fields": {"interviewer": {"type": "text", "labels": ["Interviewer"]}},
    }
    kind = definitions_from_data(data).kind("return_home_interview")
    assert kind.field_for_label("Interviewer:") == "interviewer"


def test_every_schema_key_has_a_description():
    schema = yaml.safe_load(SCHEMA_PATH.read_text(encoding="utf-8"))
    missing = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in (node.get("properties") or {}).items():
                if isinstance(value, dict) and "description" not in value:
                    missing.append(f"{path}.{key}")
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{path}[{index}]")

    walk(schema, "schema")
    assert missing == []
