from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from bot.errors import ConfigError
from bot.staff import load_staff

HEADER = "name,email,role,team,service,reports_to\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "staff.csv"
    path.write_text(HEADER + text, encoding="utf-8")
    return path


def test_people_are_found_by_email_and_by_the_name_written_on_a_form(config_dir):
    staff = load_staff(config_dir / "staff.csv")
    manager = staff.by_email("Joanne.Fletcher@northmoor.example.gov.uk")
    assert manager.team == "Assessment Team 1"
    assert staff.by_name("joanne fletcher") is manager
    assert staff.by_name("Ms Joanne  Fletcher") is manager
    assert staff.by_name("Joanne A. Fletcher") is manager
    assert staff.by_name("Joan Fletcher") is None


def test_the_escalation_chain_leads_to_the_head_of_service_and_assistant_director(config_dir):
    staff = load_staff(config_dir / "staff.csv")
    manager = staff.by_email("joanne.fletcher@northmoor.example.gov.uk")
    assert staff.head_of_service_for(manager).name == "Claire Whitworth"
    assert staff.assistant_director_for(manager).name == "Robert Ainsworth"
    practitioner = staff.by_name("Kirsty Duckworth")
    assert staff.head_of_service_for(practitioner).name == "Mark Ellison"
    assert staff.assistant_director_for(practitioner).name == "Priya Raman"


def test_a_head_of_service_is_their_own_head_of_service(config_dir):
    staff = load_staff(config_dir / "staff.csv")
    head = staff.by_name("David Okonjo")
    assert staff.head_of_service_for(head) is head


def test_an_xlsx_staff_list_with_the_same_columns_works(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Email", "Role", "Team", "Service", "Reports_to"])
    sheet.append(["Sam Teller", "sam.teller@example.gov.uk", "head_of_service", "Team A", "CSC", None])
    sheet.append(["Kim Ode", "kim.ode@example.gov.uk", "practice_manager", "Team A", "CSC",
                  "sam.teller@example.gov.uk"])
    path = tmp_path / "staff.xlsx"
    workbook.save(path)
    staff = load_staff(path)
    assert staff.head_of_service_for(staff.by_name("Kim Ode")).name == "Sam Teller"


def test_every_bad_row_is_reported_with_its_row_number(tmp_path):
    path = write(tmp_path, "Sam Teller,not-an-email,head_of_service,A,CSC,\n"
                           "Kim Ode,kim@example.gov.uk,boss,A,CSC,\n"
                           "Kim Again,kim@example.gov.uk,practitioner,A,CSC,ghost@example.gov.uk\n")
    with pytest.raises(ConfigError) as caught:
        load_staff(path)
    problems = caught.value.problems
    assert f"At '{path}' row 2, 'email': 'not-an-email' is not an email address" in problems
    assert any(problem.startswith(f"At '{path}' row 3, 'role': 'boss' is not one of") for problem in problems)
    assert f"At '{path}' row 4, 'email': kim@example.gov.uk is already on row 3" in problems
    assert any("ghost@example.gov.uk is not on the staff list" in problem for problem in problems)


def test_missing_columns_are_named(tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("name,email\nSam,sam@example.gov.uk\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_staff(path)
    assert "missing role, team, service, reports_to" in caught.value.problems[0]


def directory(tmp_path, rows: str):
    path = tmp_path / "staff.csv"
    path.write_text("name,email,role,team,service,reports_to,aliases\n" + rows, encoding="utf-8")
    return load_staff(path)


LATEMANS = (
    "Sam Lateman,sam.lateman@example.gov.uk,practice_manager,Child Protection Team 2,Children's Social Care,,Sammy\n"
    "Jo Marsh,jo.marsh@example.gov.uk,practice_manager,Assessment Team 1,Children's Social Care,,Jo; Jo M\n"
    "Sara Lateman,sara.lateman@example.gov.uk,practitioner,Assessment Team 1,Children's Social Care,,\n"
    "Peter Lateman,peter.lateman@example.gov.uk,practitioner,Assessment Team 1,Children's Social Care,,\n"
)


@pytest.mark.parametrize("written", [
    "Sam Lateman", "SAM LATEMAN", "Mr Sam Lateman", "Sam J. Lateman", "Lateman, Sam", "Sam Lateman (PM)",
    "Sam Lateman - Practice Manager", "Sam Lateman, Practice Manager", "sam.lateman@example.gov.uk",
    "Sam Lateman <sam.lateman@example.gov.uk>", "Sammy", "Sam Latemen",
])
def test_a_name_is_matched_as_people_write_it(tmp_path, written):
    staff = directory(tmp_path, LATEMANS)
    assert staff.match(written).person.email == "sam.lateman@example.gov.uk", written


@pytest.mark.parametrize("written", ["P. Lateman", "P Lateman", "Lateman P", "Jo", "Jo M"])
def test_initials_and_aliases_that_fit_one_person(tmp_path, written):
    staff = directory(tmp_path, LATEMANS)
    assert staff.match(written).person is not None, written


def test_a_name_that_could_be_two_people_is_never_guessed(tmp_path):
    staff = directory(tmp_path, LATEMANS)
    found = staff.match("S. Lateman")
    assert found.person is None and found.ambiguous
    assert {person.name for person in found.candidates} == {"Sam Lateman", "Sara Lateman"}
    assert staff.by_name("S. Lateman") is None


def test_a_lone_first_name_or_surname_is_nobody_unless_it_is_an_alias(tmp_path):
    staff = directory(tmp_path, LATEMANS)
    assert staff.match("Peter").person is None
    assert staff.match("Lateman").person is None
    assert staff.match("Someone Else").person is None and not staff.match("Someone Else").ambiguous


def test_teams_are_matched_by_alias_initials_and_close_spelling(tmp_path):
    staff = directory(tmp_path, LATEMANS)
    (tmp_path / "teams.csv").write_text("team,aliases\nAssessment Team 1,Front door; Duty team\n", encoding="utf-8")
    staff = load_staff(tmp_path / "staff.csv")
    assert staff.team("CP Team 2") == "Child Protection Team 2"
    assert staff.team("child protection team 2") == "Child Protection Team 2"
    assert staff.team("Assesment Team 1") == "Assessment Team 1"
    assert staff.team("Duty Team") == "Assessment Team 1"
    assert staff.team("Child Protection Team 3") is None, "a close spelling never changes the number"


def test_a_team_alias_for_a_team_nobody_is_in_is_refused(tmp_path):
    directory(tmp_path, LATEMANS)
    (tmp_path / "teams.csv").write_text("team,aliases\nNo Such Team,Nowhere\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_staff(tmp_path / "staff.csv")
    assert "'No Such Team' is not a team on the staff list" in str(raised.value)
