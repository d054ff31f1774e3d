"""Themes for the reports: what auditors wrote, grouped the framework's way.

`config/themes.yaml` lists the 2025 Golden Threads and audit domains, each
with keywords. A form's strength or area for development belongs to every
theme whose keywords it contains; a section graded on the form belongs to
the themes its name matches (Good or Outstanding as a strength, otherwise an
area for development). Prevalence is then counted per case, the way the 2018
framework asks: "in three out of the ten cases audited there was x".

No finding is lost for want of a theme: a strength or area for development
that matches none is an "other finding", reported in the auditor's words
(names were removed when the form was read; case numbers and postcodes are
removed here), with findings in the same words counted together. The QA
team is shown them with each draft, so that `themes.yaml` grows with what
auditors write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.errors import ConfigError
from bot.forms import ParsedForm
from bot.forms.model import GOOD, OUTSTANDING
from bot.forms.privacy import POSTCODE, POSTCODE_PATTERN
from bot.validation import check_against_schema, read_yaml

SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["themes"],
    "properties": {
        "themes": {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "keywords", "strength", "development"],
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "keywords": {"type": "array", "items": {"type": "string", "minLength": 2}, "minItems": 1},
                    "strength": {"type": "string", "minLength": 1},
                    "development": {"type": "string", "minLength": 1},
                    "question": {"type": "string"},
                    "next_step": {"type": "string"},
                },
            },
        },
    },
}


@dataclass(frozen=True)
class Theme:
    key: str
    name: str
    pattern: re.Pattern[str]
    strength: str
    development: str
    question: str
    next_step: str

    def matches(self, text: str) -> bool:
        return bool(self.pattern.search(text))


@dataclass(frozen=True)
class Prevalence:
    theme: Theme
    count: int
    total: int
    strength: bool
    # What was counted, singular and plural: cases audited, or observations.
    noun: tuple[str, str] = ("case audited", "cases audited")

    @property
    def sentence(self) -> str:
        """'In 3 of the 10 cases audited, the child's voice was clear.'"""
        what = self.theme.strength if self.strength else self.theme.development
        how = how_often(self.count, self.total, self.noun)
        return f"{how[0].upper()}{how[1:]}, {what}."


@dataclass(frozen=True)
class OtherFinding:
    """A strength or area for development that matched no theme: `text` as
    an auditor wrote it (the wording most used where several wrote the same
    words), seen in `count` of the `total` forms."""

    text: str
    count: int
    total: int
    strength: bool
    noun: tuple[str, str] = ("case audited", "cases audited")

    @property
    def sentence(self) -> str:
        """'Risk is not analysed (in 1 of the 3 cases audited).'"""
        return f"{self.text} ({how_often(self.count, self.total, self.noun)})."


def how_often(count: int, total: int, noun: tuple[str, str]) -> str:
    """'in 3 of the 10 cases audited', 'in all 4 cases audited', 'in the
    one case audited'."""
    one, many = noun
    if total == 1:
        return f"in the one {one}"
    if count == total:
        return f"in all {total} {many}"
    return f"in {count} of the {total} {many}"


CASES = ("case audited", "cases audited")
OBSERVATIONS = ("observation of practice", "observations of practice")
# Findings whose words, sorted, are this alike (rapidfuzz's token sort
# ratio, 0-100) are the same finding written twice: "Risk is not analysed"
# and "risk not analysed." are one; "Risk is not analysed" and "Risk is well
# analysed" are two.
SAME_WORDS = 90
# A run of six or more digits in free text is a case number or a phone
# number: neither belongs in a finding shared beyond the case.
LONG_NUMBER = re.compile(r"(?<!\d)\d{6,}(?!\d)")


def load_themes(path: Path) -> tuple[Theme, ...]:
    """The themes in `path`; `ConfigError` listing every problem."""
    raw = read_yaml(path)
    problems = [f"In {path}: {problem}" for problem in check_against_schema(raw, SCHEMA)]
    if problems:
        raise ConfigError(problems, source="report themes")
    themes = []
    for key, values in raw["themes"].items():
        words = "|".join(re.escape(keyword.casefold()) for keyword in values["keywords"])
        themes.append(Theme(key, values["name"], re.compile(rf"(?<!\w)(?:{words})", re.IGNORECASE),
                            values["strength"], values["development"], values.get("question", ""),
                            values.get("next_step", "")))
    return tuple(themes)


def prevalence(forms: Iterable[ParsedForm], themes: Iterable[Theme], *,
               noun: tuple[str, str] = CASES) -> tuple[list[Prevalence], list[Prevalence]]:
    """Strength and development themes found across `forms`, each counted
    once per form (case), most prevalent first."""
    forms = list(forms)
    themes = list(themes)
    strengths: dict[str, int] = {}
    areas: dict[str, int] = {}
    for form in forms:
        good_sections = [name for name, grade in form.section_grades.items() if grade in (GOOD, OUTSTANDING)]
        weak_sections = [name for name, grade in form.section_grades.items() if grade not in (GOOD, OUTSTANDING)]
        strength_text = " \n ".join([*form.strengths, *good_sections])
        area_text = " \n ".join([*form.development_areas, *weak_sections])
        for theme in themes:
            if theme.matches(strength_text):
                strengths[theme.key] = strengths.get(theme.key, 0) + 1
            if theme.matches(area_text):
                areas[theme.key] = areas.get(theme.key, 0) + 1
    by_key = {theme.key: theme for theme in themes}
    order = list(by_key)

    def ranked(counts: dict[str, int], strength: bool) -> list[Prevalence]:
        return [Prevalence(by_key[key], count, len(forms), strength, noun)
                for key, count in sorted(counts.items(), key=lambda item: (-item[1], order.index(item[0])))]

    return ranked(strengths, True), ranked(areas, False)


def themed(text: str, themes: Sequence[Theme]) -> bool:
    return any(theme.matches(text) for theme in themes)


def other_findings(forms: Iterable[ParsedForm], themes: Iterable[Theme], *,
                   noun: tuple[str, str] = CASES) -> tuple[list[OtherFinding], list[OtherFinding]]:
    """The strengths and areas for development across `forms` that match no
    theme, each counted once per form, most often seen first (then in the
    order first seen)."""
    forms = list(forms)
    themes = list(themes)
    strengths, areas = FindingGroups(), FindingGroups()
    for number, form in enumerate(forms):
        for line in form.strengths:
            if not themed(line, themes):
                strengths.add(anonymised(line, form.case_id), number)
        for line in form.development_areas:
            if not themed(line, themes):
                areas.add(anonymised(line, form.case_id), number)
    return strengths.findings(len(forms), True, noun), areas.findings(len(forms), False, noun)


def grouped(lines: Iterable[tuple[str, str | None]]) -> list[str]:
    """Lines (text, the case ID of the form they came from), anonymised,
    with lines in the same words given once, most often written first."""
    groups = FindingGroups()
    for number, (line, case_id) in enumerate(lines):
        groups.add(anonymised(line, case_id), number)
    return [finding.text for finding in groups.findings(1, False, CASES)]


class FindingGroups:
    """Findings gathered by their words: a finding joins the first group
    whose words are the same or nearly so (`SAME_WORDS`)."""

    def __init__(self):
        self.keys: list[str] = []
        self.wordings: list[dict[str, int]] = []
        self.forms: list[set[int]] = []
        self.by_key: dict[str, int] = {}

    def add(self, text: str, form: int) -> None:
        text = text.strip().rstrip(".;,").strip()
        key = words_of(text)
        if not key:
            return
        index = self.by_key.get(key)
        if index is None and self.keys:
            from rapidfuzz import fuzz, process

            found = process.extractOne(key, self.keys, scorer=fuzz.token_sort_ratio, score_cutoff=SAME_WORDS)
            index = found[2] if found else None
        if index is None:
            index = len(self.keys)
            self.keys.append(key)
            self.wordings.append({})
            self.forms.append(set())
        self.by_key[key] = index
        self.wordings[index][text] = self.wordings[index].get(text, 0) + 1
        self.forms[index].add(form)

    def findings(self, total: int, strength: bool, noun: tuple[str, str]) -> list[OtherFinding]:
        found = []
        for index in sorted(range(len(self.keys)), key=lambda index: -len(self.forms[index])):
            wordings = self.wordings[index]
            # The wording most used; on a tie, the first written.
            text = max(wordings, key=lambda wording: wordings[wording])
            found.append(OtherFinding(capitalised(text), len(self.forms[index]), total, strength, noun))
        return found


def words_of(text: str) -> str:
    """What two findings must share to be the same: their words, in lower case."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def anonymised(text: str, case_id: str | None) -> str:
    """A finding fit to share beyond its case: the case's number, any other
    long number and any postcode taken out (names were taken out when the
    form was read)."""
    if case_id and len(case_id) >= 4:
        text = re.sub(rf"(?<!\w){re.escape(case_id)}(?!\w)", "the case", text)
    text = LONG_NUMBER.sub("[number]", text)
    return POSTCODE_PATTERN.sub(POSTCODE, text)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
