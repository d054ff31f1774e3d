"""Errors a person sees. Each carries words for that person, never a traceback."""

from __future__ import annotations


class BotError(Exception):
    """Base for errors the command line prints as a plain message."""


class ConfigError(BotError):
    """The configuration cannot be used. `problems` lists every problem found,
    each as "At 'path': what is wrong (and what to do)"."""

    def __init__(self, problems: list[str], source: str = "configuration"):
        self.problems = list(problems)
        self.source = source
        super().__init__(self.describe())

    def describe(self) -> str:
        count = len(self.problems)
        heading = f"The {self.source} has {count} problem{'s' if count != 1 else ''}:"
        return "\n".join([heading, *(f"  - {problem}" for problem in self.problems)])
