"""Themes for the reports: what auditors wrote, grouped the framework's way.

`config/themes.yaml` lists the 2025 Golden Threads and audit domains, each
with keywords. A form's strength or area for development belongs to every
theme whose keywords it contains; a section graded on the form belongs to
the themes its name matches (Good or Outstanding as a strength, otherwise an
area for development). Prevalence is then counted per case, the way the 2018
framework asks: "in three out of the ten cases audited there was x".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.errors import ConfigError
from bot.forms import ParsedForm
from bot.forms.model import GOOD, OUTSTANDING
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
        one, many = self.noun
        if self.total == 1:
            return f"In the one {one}, {what}."
        if self.count == self.total:
            return f"In all {self.total} {many}, {what}."
        return f"In {self.count} of the {self.total} {many}, {what}."


CASES = ("case audited", "cases audited")
OBSERVATIONS = ("observation of practice", "observations of practice")


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
