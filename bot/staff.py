"""The staff list the QA team keeps: who audits, in which team and service,
and who they report to (the escalation chain).

The file is `config/staff.csv` or an `.xlsx` with the same columns:
name, email, role, team, service, reports_to (an email), and optionally
cycle (A or B) and aliases (other ways the name is written, separated by
semicolons: "Jo; Jo Marsh").

A name on a form is matched to one person as people write names: with or
without a title or middle initial, as initials ("S. Lateman"), surname
first ("Lateman, Sam"), with a job title after it ("Sam Lateman (PM)"), as
an email address, as an alias, or misspelt by a letter or two. A name that
could be two people is never guessed: `match` says who it could be.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.errors import ConfigError
from bot.forms.text import without_role

COLUMNS = ("name", "email", "role", "team", "service", "reports_to")
EMAIL_IN_TEXT = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# How alike (0-100) a misspelt surname must be to one on the list ("Latemen"
# for "Lateman"); a close spelling that fits two people is no match.
SURNAME_SIMILARITY = 85
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
    # Other ways the name is written ("Jo", "Jo Marsh"), from the aliases column.
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class NameMatch:
    """Who a name on a form is: `person` when it is exactly one person on
    the staff list; otherwise `candidates` lists everyone it could be (two
    or more: the bot asks rather than guesses)."""

    person: Person | None
    candidates: tuple[Person, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.person is None and len(self.candidates) > 1


class StaffDirectory:
    """Look-ups over the staff list."""

    def __init__(self, people: Iterable[Person]):
        self.people = list(people)
        self._by_email = {person.email: person for person in self.people}
        # Name (and alias) -> everyone who has it: two people may share one.
        self._by_name: dict[str, list[Person]] = {}
        for person in self.people:
            for written in (person.name, *person.aliases):
                found = self._by_name.setdefault(name_key(written), [])
                if person not in found:
                    found.append(person)
        self._parts = [(person, *name_parts(person.name)) for person in self.people]
        self.teams = sorted({person.team for person in self.people if person.team})
        self._team_aliases: dict[str, str] = {}

    def add_team_aliases(self, aliases: dict[str, list[str]]) -> None:
        """Other names of teams on the list (`teams.csv`): team -> aliases."""
        for team, written in aliases.items():
            for alias in written:
                self._team_aliases[name_key(alias)] = team

    def team(self, written: str | None) -> str | None:
        """The team on the staff list that `written` (a form's team box)
        means: the same name, an alias from teams.csv, the same name with
        initials for some of its words ("CP Team 2" for "Child Protection
        Team 2"), or a close spelling. None when it could be two teams or
        none."""
        if not written or not written.strip():
            return None
        key = name_key(written)
        exact = [team for team in self.teams if name_key(team) == key]
        if exact:
            return exact[0]
        if key in self._team_aliases:
            return self._team_aliases[key]
        initials = [team for team in self.teams if _abbreviates(written, team)]
        if len(initials) == 1:
            return initials[0]
        if initials:
            return None
        from rapidfuzz import fuzz, process

        ranked = process.extract(key, [name_key(team) for team in self.teams], scorer=fuzz.ratio, limit=2)
        if ranked and ranked[0][1] >= SURNAME_SIMILARITY and (len(ranked) == 1 or ranked[1][1] < ranked[0][1] - 5) \
                and _same_numbers(key, ranked[0][0]):
            return self.teams[ranked[0][2]]
        return None

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)

    def by_email(self, email: str | None) -> Person | None:
        return self._by_email.get(email.strip().lower()) if email else None

    def by_name(self, name: str | None) -> Person | None:
        """The one person a name on a form means, or None (nobody, or more
        than one person: see `match`)."""
        return self.match(name).person

    def match(self, name: str | None) -> NameMatch:
        """Who `name` (as written on a form) is; see the module docstring."""
        if not name or not name.strip():
            return NameMatch(None)
        email = EMAIL_IN_TEXT.search(name)
        if email and self.by_email(email.group(0)):
            return NameMatch(self.by_email(email.group(0)))
        cleaned = _without_notes(name)
        exact = self._by_name.get(name_key(cleaned), [])
        if exact:
            return _one_of(exact)
        first, last = name_parts(cleaned)
        if not last:
            return NameMatch(None)  # one word that is no one's alias: a guess
        by_parts = [person for person, their_first, their_last in self._parts
                    if their_last == last and _same_first(first, their_first)]
        if not by_parts and len(first.rstrip(".")) > 1 and len(last.rstrip(".")) == 1:
            # "Lateman S": surname, then an initial.
            by_parts = [person for person, their_first, their_last in self._parts
                        if their_last == first and _same_first(last, their_first)]
        if by_parts:
            return _one_of(by_parts)
        return self._close_spelling(cleaned)

    def _close_spelling(self, name: str) -> NameMatch:
        """A name misspelt by a letter or two: the same first name (or
        initial) and a surname close to one on the list ("Sam Latemen"), or
        the same surname and a first name one letter out ("Joane
        Fletcher"). "Joan" is not "Joanne": another name is not a typo."""
        from rapidfuzz.distance import Levenshtein
        from rapidfuzz.fuzz import ratio

        first, last = name_parts(name)
        if len(last) < 4:
            return NameMatch(None)
        close = [person for person, their_first, their_last in self._parts
                 if (_same_first(first, their_first) and ratio(last, their_last) >= SURNAME_SIMILARITY)
                 or (last == their_last and len(first) >= 4 and Levenshtein.distance(first, their_first) == 1)]
        return _one_of(close) if close else NameMatch(None)

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

    def head_of_service_of(self, service: str | None) -> Person | None:
        """The Head of Service of `service` (as the staff list spells it,
        any case), when exactly one is; never a guess between two."""
        if not service:
            return None
        heads = [person for person in self.with_role("head_of_service")
                 if person.service and person.service.casefold() == service.strip().casefold()]
        return heads[0] if len(heads) == 1 else None

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


def name_parts(name: str) -> tuple[str, str]:
    """(first name, surname) in lower case, by `nameparser`, which knows
    titles, suffixes and "Surname, First"; the middle names are left out."""
    from nameparser import HumanName

    parsed = HumanName(name)
    return parsed.first.casefold(), parsed.last.casefold()


def _same_first(written: str, theirs: str) -> bool:
    """A first name as written matches: the same, an initial ("S."), or
    left out."""
    written = written.rstrip(".")
    if not written:
        return True
    if len(written) == 1:
        return theirs.startswith(written)
    return written == theirs


def _without_notes(name: str) -> str:
    """The name without an email address or a job title after it ("Sam
    Lateman (PM)", "Jo Marsh - Team Manager"); "Lateman, Sam" is kept."""
    return " ".join(without_role(EMAIL_IN_TEXT.sub(" ", name)).split())


def _abbreviates(written: str, team: str) -> bool:
    """True when `written` is `team` with initials for runs of its words:
    "CP Team 2" for "Child Protection Team 2", "EH Team South" for "Early
    Help Team South", "MASH" for "Multi Agency Safeguarding Hub"."""
    short, words = name_key(written).split(), name_key(team).split()

    def fits(short_index: int, word_index: int) -> bool:
        if short_index == len(short):
            return word_index == len(words)
        token = short[short_index]
        if word_index < len(words) and token == words[word_index] and fits(short_index + 1, word_index + 1):
            return True
        if len(token) >= 2 and token.isalpha():
            end = word_index + len(token)
            if end <= len(words) and "".join(word[0] for word in words[word_index:end]) == token:
                return fits(short_index + 1, end)
        return False

    return short != words and fits(0, 0)


def _same_numbers(first: str, second: str) -> bool:
    """"Team 2" is never "Team 3", however alike the words."""
    return re.findall(r"\d+", first) == re.findall(r"\d+", second)


def _one_of(people: list[Person]) -> NameMatch:
    return NameMatch(people[0]) if len(people) == 1 else NameMatch(None, tuple(people))


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
        aliases = tuple(alias.strip() for alias in values.get("aliases", "").split(";") if alias.strip())
        people.append(Person(values.get("name", ""), email, role, values.get("team", ""),
                             values.get("service", ""), reports_to, values.get("cycle") or None, aliases))
    for number, person in enumerate(people, start=2):
        if person.reports_to and person.reports_to not in seen:
            row = seen.get(person.email, number)
            problems.append(
                f"At '{path}' row {row}, 'reports_to': {person.reports_to} is not on the staff list; "
                "add them or correct the address"
            )
    if problems:
        raise ConfigError(problems, source="staff list")
    directory = StaffDirectory(people)
    directory.add_team_aliases(load_team_aliases(path.with_name("teams.csv"), directory))
    return directory


def load_team_aliases(path: Path, directory: StaffDirectory) -> dict[str, list[str]]:
    """The optional `teams.csv` beside the staff list: columns team and
    aliases (other names of the team, separated by semicolons). Raise
    `ConfigError` for a team that is no one's team on the staff list."""
    if not path.exists():
        return {}
    rows = read_rows(path)
    header = [cell.strip().lower() for cell in (rows[0] if rows else [])]
    if "team" not in header or "aliases" not in header:
        raise ConfigError([f"At '{path}': the first row must name the columns team, aliases"], source="team list")
    found: dict[str, list[str]] = {}
    problems = []
    for number, row in enumerate(rows[1:], start=2):
        values = dict(zip(header, (cell.strip() for cell in row)))
        team = values.get("team", "")
        if not team:
            continue
        if team not in directory.teams:
            problems.append(f"At '{path}' row {number}, 'team': {team!r} is not a team on the staff list")
            continue
        found.setdefault(team, []).extend(alias.strip() for alias in values.get("aliases", "").split(";")
                                          if alias.strip())
    if problems:
        raise ConfigError(problems, source="team list")
    return found


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
