"""An invented council and its people: the staff who audit and are audited,
and the children and families the sample forms are about.

Everyone here is made up. Staff names are fixed (the demo's staff list can
mirror `STAFF`); children and parents are drawn at random from name pools
that share no name with the staff, the teams or the form wording, so a test
can look for a child's name in the parser's output and find it only if the
parser failed to remove it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bot.staff import Person

COUNCIL = "Northmoor Council"
EMAIL_DOMAIN = "northmoor.example.gov.uk"
AUDIT_MAILBOX = f"cscaudits@{EMAIL_DOMAIN}"

# Roles as the staff list spells them (DESIGN.md, "Staff list").
PRACTITIONER = "practitioner"
PRACTICE_MANAGER = "practice_manager"
EARLY_HELP_MANAGER = "early_help_manager"
SAFEGUARDING_PRACTICE_MANAGER = "safeguarding_practice_manager"
HEAD_OF_SERVICE = "head_of_service"
ASSISTANT_DIRECTOR = "assistant_director"
DIRECTOR = "director"
QA_TEAM = "qa_team"

# Managers who audit cases in their own teams every month; a Head of Service
# moderates what they write (2018 framework, "Auditing schedule").
FRONT_LINE_MANAGERS = (PRACTICE_MANAGER, EARLY_HELP_MANAGER, SAFEGUARDING_PRACTICE_MANAGER)

# Services, each led by a Head of Service.
ASSESSMENT = "Assessment and Child Protection"
CHILDREN_IN_CARE = "Children in Care"
DISABILITIES = "Children with Disabilities"
SAFEGUARDING = "Safeguarding and Quality Assurance"
EARLY_HELP = "Early Help"


# One row of the staff list, as the bot reads it from config/staff.csv.
StaffMember = Person


def _email(name: str) -> str:
    first, *rest = name.lower().replace("'", "").split()
    return f"{first}.{'-'.join(rest)}@{EMAIL_DOMAIN}"


# (name, role, team, service, manager's name); the manager appears earlier.
_ORGANISATION = (
    ("Helen Marsden", DIRECTOR, "Directorate", "Children's Services", None),
    ("Robert Ainsworth", ASSISTANT_DIRECTOR, "Directorate", "Children's Social Care", "Helen Marsden"),
    ("Priya Raman", ASSISTANT_DIRECTOR, "Directorate", EARLY_HELP, "Helen Marsden"),
    ("Claire Whitworth", HEAD_OF_SERVICE, "Service management", ASSESSMENT, "Robert Ainsworth"),
    ("David Okonjo", HEAD_OF_SERVICE, "Service management", CHILDREN_IN_CARE, "Robert Ainsworth"),
    ("Susan Pemberton", HEAD_OF_SERVICE, "Service management", DISABILITIES, "Robert Ainsworth"),
    ("Nasreen Akhtar", HEAD_OF_SERVICE, "Service management", SAFEGUARDING, "Robert Ainsworth"),
    ("Mark Ellison", HEAD_OF_SERVICE, "Service management", EARLY_HELP, "Priya Raman"),
    ("Joanne Fletcher", PRACTICE_MANAGER, "Assessment Team 1", ASSESSMENT, "Claire Whitworth"),
    ("Ali Khan", PRACTITIONER, "Assessment Team 1", ASSESSMENT, "Joanne Fletcher"),
    ("Rebecca Shaw", PRACTITIONER, "Assessment Team 1", ASSESSMENT, "Joanne Fletcher"),
    ("Tom Hargreaves", PRACTITIONER, "Assessment Team 1", ASSESSMENT, "Joanne Fletcher"),
    ("Jane Smith", PRACTICE_MANAGER, "Assessment Team 2", ASSESSMENT, "Claire Whitworth"),
    ("Daniel Price", PRACTITIONER, "Assessment Team 2", ASSESSMENT, "Jane Smith"),
    ("Hannah Lewis", PRACTITIONER, "Assessment Team 2", ASSESSMENT, "Jane Smith"),
    ("Grace Adeyemi", PRACTITIONER, "Assessment Team 2", ASSESSMENT, "Jane Smith"),
    ("Paul Gregson", PRACTICE_MANAGER, "Family Safeguarding Team 1", ASSESSMENT, "Claire Whitworth"),
    ("Sophie Tranter", PRACTITIONER, "Family Safeguarding Team 1", ASSESSMENT, "Paul Gregson"),
    ("Laura Bennett", PRACTITIONER, "Family Safeguarding Team 1", ASSESSMENT, "Paul Gregson"),
    ("Mohammed Iqbal", PRACTITIONER, "Family Safeguarding Team 1", ASSESSMENT, "Paul Gregson"),
    ("Karen Holt", PRACTICE_MANAGER, "Family Safeguarding Team 2", ASSESSMENT, "Claire Whitworth"),
    ("Emma Haslam", PRACTITIONER, "Family Safeguarding Team 2", ASSESSMENT, "Karen Holt"),
    ("James Whittaker", PRACTITIONER, "Family Safeguarding Team 2", ASSESSMENT, "Karen Holt"),
    ("Chloe Dawson", PRACTITIONER, "Family Safeguarding Team 2", ASSESSMENT, "Karen Holt"),
    ("Andrew Booth", PRACTICE_MANAGER, "Children in Care Team", CHILDREN_IN_CARE, "David Okonjo"),
    ("Rachel Greenwood", PRACTITIONER, "Children in Care Team", CHILDREN_IN_CARE, "Andrew Booth"),
    ("Stuart Lomax", PRACTITIONER, "Children in Care Team", CHILDREN_IN_CARE, "Andrew Booth"),
    ("Aisha Begum", PRACTITIONER, "Children in Care Team", CHILDREN_IN_CARE, "Andrew Booth"),
    ("Nicola Wragg", PRACTICE_MANAGER, "Care Leavers Team", CHILDREN_IN_CARE, "David Okonjo"),
    ("Lee Chadwick", PRACTITIONER, "Care Leavers Team", CHILDREN_IN_CARE, "Nicola Wragg"),
    ("Zoe Platt", PRACTITIONER, "Care Leavers Team", CHILDREN_IN_CARE, "Nicola Wragg"),
    ("Imran Sadiq", PRACTITIONER, "Care Leavers Team", CHILDREN_IN_CARE, "Nicola Wragg"),
    ("Julie Barlow", PRACTICE_MANAGER, "Children with Disabilities Team", DISABILITIES, "Susan Pemberton"),
    ("Gareth Lloyd", PRACTITIONER, "Children with Disabilities Team", DISABILITIES, "Julie Barlow"),
    ("Megan Pryce", PRACTITIONER, "Children with Disabilities Team", DISABILITIES, "Julie Barlow"),
    ("Leila Haddad", PRACTITIONER, "Children with Disabilities Team", DISABILITIES, "Julie Barlow"),
    ("Sarah Hollins", SAFEGUARDING_PRACTICE_MANAGER, "Safeguarding Unit", SAFEGUARDING, "Nasreen Akhtar"),
    ("Martin Crowther", PRACTITIONER, "Safeguarding Unit", SAFEGUARDING, "Sarah Hollins"),
    ("Yasmin Patel", PRACTITIONER, "Safeguarding Unit", SAFEGUARDING, "Sarah Hollins"),
    ("Angela Moorcroft", QA_TEAM, "Quality Assurance Team", SAFEGUARDING, "Nasreen Akhtar"),
    ("Liam Doherty", QA_TEAM, "Quality Assurance Team", SAFEGUARDING, "Angela Moorcroft"),
    ("Lynne Cartwright", EARLY_HELP_MANAGER, "Early Help Team North", EARLY_HELP, "Mark Ellison"),
    ("Kirsty Duckworth", PRACTITIONER, "Early Help Team North", EARLY_HELP, "Lynne Cartwright"),
    ("Ben Rigby", PRACTITIONER, "Early Help Team North", EARLY_HELP, "Lynne Cartwright"),
    ("Farah Malik", PRACTITIONER, "Early Help Team North", EARLY_HELP, "Lynne Cartwright"),
    ("Colin Heap", EARLY_HELP_MANAGER, "Early Help Team South", EARLY_HELP, "Mark Ellison"),
    ("Amy Stott", PRACTITIONER, "Early Help Team South", EARLY_HELP, "Colin Heap"),
    ("Ryan Birtwistle", PRACTITIONER, "Early Help Team South", EARLY_HELP, "Colin Heap"),
    ("Leanne Ogden", PRACTITIONER, "Early Help Team South", EARLY_HELP, "Colin Heap"),
)

STAFF: tuple[StaffMember, ...] = tuple(
    StaffMember(name, _email(name), role, team, service, _email(manager) if manager else None)
    for name, role, team, service, manager in _ORGANISATION
)

_BY_EMAIL = {member.email: member for member in STAFF}


def manager_of(member: StaffMember) -> StaffMember | None:
    """Given a staff member, return the person they report to (None at the top)."""
    return _BY_EMAIL.get(member.reports_to) if member.reports_to else None


def head_of_service_over(member: StaffMember) -> StaffMember | None:
    """Given a staff member, return the first Head of Service up their line
    of management, or None for those above Heads of Service."""
    current = manager_of(member)
    while current is not None and current.role != HEAD_OF_SERVICE:
        current = manager_of(current)
    return current


def team_members(team: str, role: str = PRACTITIONER) -> list[StaffMember]:
    """Given a team name, return its members with that role, in list order."""
    return [member for member in STAFF if member.team == team and member.role == role]


def service_practitioners(service: str | None = None) -> list[StaffMember]:
    """Return the practitioners of one service, or of every service when None."""
    return [member for member in STAFF if member.role == PRACTITIONER and service in (None, member.service)]


# --- children and families ------------------------------------------------

# Pools for the families in the forms. They share no name with STAFF and no
# word with the form wording (tests/test_samples.py checks), so that finding
# one of them in a parser's output can only mean personal data leaked.
CHILD_FIRST_NAMES = tuple(
    "Tyler Amira Kacey Jayden Mason Harley Skye Keeley Callum Kayden Leighton Rhianna Aaliyah Tiegan "
    "Kian Poppy Alfie Zainab Ibrahim Maisie Lacey Reuben Nevaeh Oakley Bobbi Frankie Darcey Kenzie".split()
)
FAMILY_SURNAMES = tuple(
    "Brookes Okafor Whitfield Kowalczyk Nowak Pickering Haworth Mensah Rahman Ashcroft Dunleavy Kershaw "
    "McAllister Sutcliffe Mistry Adebayo Brennan Fairclough Gledhill Holroyd Lindley Mahmood Quigley "
    "Rushton Tattersall Ormerod Ramsden Szymanski".split()
)
ADULT_FIRST_NAMES = tuple(
    "Lisa Darren Kerry Wayne Nadia Samuel Chantelle Gemma Craig Shabana Tomasz Natalie Dean Jodie "
    "Kwame Agnieszka Carl Stacey Tariq Donna".split()
)
STREETS = (
    "Larch Grove",
    "Kestrel Close",
    "Wren Street",
    "Bramble Way",
    "Heather Avenue",
    "Foundry Street",
    "Chapel Row",
    "Weavers Court",
    "Canal Side",
    "Moorland Road",
    "Beech Crescent",
    "Clough Terrace",
    "Lapwing Drive",
    "Spinners Walk",
    "Bobbin Mill Road",
)
LOCALITIES = ("Eastfold", "Marsh End", "Haverley", "Cobden Bridge", "Lowmoor", "Saltby Green")

# "NM" is not a UK postcode area, so an invented postcode can never be a
# real address; the inward code follows the real rules (no C, I, K, M, O, V).
_POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


@dataclass(frozen=True)
class Child:
    """The child a form is about, and the family details a real form records
    in its own boxes. All of it is personal data the parser must drop."""

    first_name: str
    surname: str
    date_of_birth: date
    address_lines: tuple[str, ...]
    postcode: str
    parents: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.surname}"


def invent_child(rng: random.Random, today: date) -> Child:
    """Return a child aged 0 to 17 on `today`, with an address and one or
    two parents (a parent's surname may differ from the child's)."""
    surname = rng.choice(FAMILY_SURNAMES)
    born = today - timedelta(days=rng.randint(120, 17 * 365))
    parent_count = rng.choice((1, 2, 2))
    parents = tuple(
        f"{first} {surname if rng.random() < 0.6 else rng.choice(FAMILY_SURNAMES)}"
        for first in rng.sample(ADULT_FIRST_NAMES, parent_count)
    )
    street = f"{rng.randint(1, 140)} {rng.choice(STREETS)}"
    postcode = (
        f"NM{rng.randint(1, 9)} {rng.randint(1, 9)}"
        f"{rng.choice(_POSTCODE_LETTERS)}{rng.choice(_POSTCODE_LETTERS)}"
    )
    return Child(
        first_name=rng.choice(CHILD_FIRST_NAMES),
        surname=surname,
        date_of_birth=born,
        address_lines=(street, rng.choice(LOCALITIES)),
        postcode=postcode,
        parents=parents,
    )


def invent_case_id(rng: random.Random) -> str:
    """Return a 7-digit case number (never starting with 0, so a spreadsheet
    that stores it as a number gives the same digits back)."""
    return str(rng.randint(1_000_000, 9_999_999))
