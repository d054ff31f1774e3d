"""Rendering the bot's emails from the templates the QA team may edit.

Each kind of email is three files in `templates/email/`:
`<kind>.subject.j2`, `<kind>.txt.j2` and `<kind>.html.j2`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


@cache
def environment(templates: Path = DEFAULT_TEMPLATES) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates / "email")),
        # Escape only the HTML bodies; subjects and text are plain text.
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(kind: str, context: dict[str, Any], *, templates: Path = DEFAULT_TEMPLATES) -> RenderedEmail:
    """Render the email `kind` with `context`; raise `jinja2.TemplateError`
    when a template is missing or uses a name the context lacks."""
    env = environment(templates)
    subject = env.get_template(f"{kind}.subject.j2").render(context)
    return RenderedEmail(
        subject=" ".join(subject.split()),
        text=env.get_template(f"{kind}.txt.j2").render(context),
        html=env.get_template(f"{kind}.html.j2").render(context),
    )
