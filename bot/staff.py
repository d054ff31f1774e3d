"""The staff list the QA team keeps: who audits, in which team and service,
and who they report to (the escalation chain).

The file is `config/staff.csv` or an `.xlsx` with the same columns:
name, email, role, team, service, reports_to (an email).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.errors import ConfigError

COLUMNS = ("name", "email", "role", "team", "service", "reports_to")
ROLES = (
    "practitioner",
    "practice_manager",
    "early_help_manager",
    "safeguarding_practice_manager",
    "head_of_service",
    "assistant_director",
    "director",
    "qa_team",
)
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    role: str
    team: str
    service: str
    reports_to: str | None
    # The 2025 review cycle (A or B) the person audits in, where the list says.
    cycle: str | None = None


class StaffDirectory:
    """Look-ups over the staff list."""

    def __init__(self, people: Iterable[Person]):
        self.people = list(people)
        self._by_email = {person.email: person for person in self.people}
        self._by_name: dict[str, Person] = {}
        for person in self.people:
            self._by_name.setdefault(name_key(person.name), person)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)

    def by_email(self, email: str | None) -> Person | None:
        return self._by_email.get(email.strip().lower()) if email else None

    def by_name(self, name: str | None) -> Person | None:
        """The person whose name matches, ignoring case, spacing, titles and
        a middle initial the form may add or leave out."""
        if not name:
            return None
        key = name_key(name)
        if key in self._by_name:
            return self._by_name[key]
        words = key.split()
        if len(words) >= 2:
            return self._by_name.get(f"{words[0]} {words[-1]}")
        return None

    def chain(self, person: Person) -> Iterator[Person]:
        """The people above `person`, nearest first, following `reports_to`."""
        seen = {person.email}
        current = person
        while current.reports_to and current.reports_to not in seen:
            above = self._by_email.get(current.reports_to)
            if above is None:
                return
            seen.add(above.email)
            yield above
            current = above

    def head_of_service_for(self, person: Person) -> Person | None:
        """The Head of Service responsible for `person`'s work: themselves if
        they are one, else the first above them; failing that, the only Head
        of Service of their service."""
        return self._first_with_role(person, "head_of_service")

    def assistant_director_for(self, person: Person) -> Person | None:
        return self._first_with_role(person, "assistant_director")

    def practitioners_under(self, person: Person) -> list[Person]:
        """The practitioners whose line of management includes `person`."""
        if not hasattr(self, "_under"):
            self._under: dict[str, list[Person]] = {}
            for other in self.people:
                if other.role == "practitioner":
                    for above in self.chain(other):
                        self._under.setdefault(above.email, []).append(other)
        return self._under.get(person.email, [])

    def with_role(self, role: str) -> list[Person]:
        return [person for person in self.people if person.role == role]

    def _first_with_role(self, person: Person, role: str) -> Person | None:
        if person.role == role:
            return person
        for above in self.chain(person):
            if above.role == role:
                return above
        same_service = [
            other for other in self.with_role(role) if other.service and other.service == person.service
        ]
        return same_service[0] if len(same_service) == 1 else None


def name_key(name: str) -> str:
    words = re.sub(r"[^\w\s'-]", " ", name.lower()).split()
    titles = {"mr", "mrs", "ms", "miss", "mx", "dr"}
    return " ".join(word for word in words if word not in titles)


def load_staff(path: Path) -> StaffDirectory:
    """Read and check the staff list at `path`; raise `ConfigError` listing
    every problem (missing columns, unknown roles, bad or repeated emails,
    a `reports_to` that is nobody on the list)."""
    rows = read_rows(path)
    problems: list[str] = []
    header = [cell.strip().lower() for cell in (rows[0] if rows else [])]
    missing = [column for column in COLUMNS if column not in header]
    if missing:
        found = ", ".join(header) if header else "nothing"
        raise ConfigError(
            [f"At '{path}': the first row must name the columns {', '.join(COLUMNS)}; "
             f"missing {', '.join(missing)} (found {found})"],
            source="staff list",
        )
    people: list[Person] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        values = dict(zip(header, (cell.strip() for cell in row)))
        if not any(values.get(column) for column in COLUMNS):
            continue
        where = f"At '{path}' row {number}"
        email = values.get("email", "").lower()
        role = values.get("role", "").lower().replace(" ", "_")
        if not values.get("name"):
            problems.append(f"{where}, 'name': the name is empty")
        if not EMAIL_PATTERN.match(email):
            problems.append(f"{where}, 'email': {values.get('email', '')!r} is not an email address")
        elif email in seen:
            problems.append(f"{where}, 'email': {email} is already on row {seen[email]}")
        else:
            seen[email] = number
        if role not in ROLES:
            problems.append(f"{where}, 'role': {values.get('role', '')!r} is not one of {', '.join(ROLES)}")
        reports_to = values.get("reports_to", "").lower() or None
        people.append(Person(values.get("name", ""), email, role, values.get("team", ""),
                             values.get("service", ""), reports_to, values.get("cycle") or None))
    for number, person in enumerate(people, start=2):
        if person.reports_to and person.reports_to not in seen:
            row = seen.get(person.email, number)
            problems.append(
                f"At '{path}' row {row}, 'reports_to': {person.reports_to} is not on the staff list; "
                "add them or correct the address"
            )
    if problems:
        raise ConfigError(problems, source="staff list")
    return StaffDirectory(people)


def read_rows(path: Path) -> list[list[str]]:
    """The cells of the staff list as text, from a .csv or .xlsx file."""
    if not path.exists():
        raise ConfigError([f"At '{path}': the staff list does not exist"], source="staff list")
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a bad file
            raise ConfigError([f"At '{path}': the workbook cannot be opened ({error})"],
                              source="staff list") from None
        try:
            sheet = workbook.worksheets[0]
            return [["" if cell is None else str(cell) for cell in row]
                    for row in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    try:
        # utf-8-sig: Excel's "CSV UTF-8" puts a byte-order mark first.
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")
    return [row for row in csv.reader(io.StringIO(text))]
