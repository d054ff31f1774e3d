"""Finding a Head of Service's moderation typed in a different colour.

2018 framework, case file audits: "Heads of Service will moderate the audits
completed by their Managers typing their comments in a different colour on
to the audit form, concluding with their moderated judgement."

The form's own colours are the default text colour (no colour, `auto`, black)
and the dominant colour by characters (some auditors type all their answers
in blue). Text in any other colour is moderation, except where a template
puts colour: labels and label cells, headings and short all-bold title lines,
table header rows, white text on shaded cells, hyperlinks, struck-through
text, placeholder text, the colours and guidance phrases `config/forms.yaml`
lists. Consecutive runs of one colour in one
paragraph or cell make one comment.

The pass marks each moderation run (`Run.moderator`), so the auditor's
fields are read without the moderator's words in them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .document import Cell, Document, Paragraph, Run, Table, tidy
from .labels import ACTIONS, Labels
from .text import normalise

WHITE = "FFFFFF"


@dataclass
class Moderation:
    """`comments` in reading order; `grades` are coloured texts that are only
    a grade (a judgement typed beside the auditor's), kept apart from the
    comments."""

    comments: list[str] = field(default_factory=list)
    grades: list[str] = field(default_factory=list)


def find_moderation(document: Document, labels: Labels) -> Moderation:
    """Mark moderation runs on `document` and return the comments.

    Only what was written into the form's answers counts. The form's own
    words in colour are left alone: the lines before its first question
    (the council's name, the title, guidance), and body lines in a colour
    the template uses for its headings and labels (a council's brand
    colour). A moderator typing in that colour inside an answer box is
    still read."""
    moderation = Moderation()
    if not labels.kind.moderated:
        return moderation
    own = _own_colours(document, labels)
    brand = _heading_colours(document) - own
    started = False
    for in_table, paragraphs in _containers(document, labels):
        started = started or in_table or any(labels.label_of(paragraph) for paragraph in paragraphs)
        if not started:
            continue  # the preamble: council name, title, guidance
        _read_container(paragraphs, own if in_table else own | brand, labels, moderation)
    return moderation


def _heading_colours(document: Document) -> set[str | None]:
    """The colours the template gives its headings and titles (a moderator
    types a label and its value in their colour, so labels do not count)."""
    found: set[str | None] = set()
    for paragraph in document.paragraphs():
        if _heading_like(paragraph):
            found.update(run.colour for run in paragraph.runs if run.text.strip() and run.colour)
    return found


def _own_colours(document: Document, labels: Labels) -> set[str | None]:
    counts: Counter[str | None] = Counter()
    for run in document.runs():
        if not run.link and run.colour != WHITE:
            counts[run.colour] += len(run.text.strip())
    own: set[str | None] = {None, WHITE, *labels.definitions.template_colours}
    if counts:
        own.add(counts.most_common(1)[0][0])
    return own


def _containers(document: Document, labels: Labels):
    """(in a table, paragraphs): the groups of paragraphs within which a
    comment may continue: a body paragraph, or a table cell. Label cells
    and header rows are left out."""
    for block in document.blocks:
        if isinstance(block, Paragraph):
            yield False, [block]
            continue
        for paragraphs in _table_containers(block, labels):
            yield True, paragraphs


def _table_containers(table: Table, labels: Labels):
    in_actions = False
    for row in table.rows:
        kind = labels.header_kind(row)
        if kind:
            # An action a Head of Service adds in the actions table is an action.
            in_actions = kind == ACTIONS
            continue
        if row.header or in_actions:
            continue
        fields = [labels.cell_field(cell) for cell in row.cells]
        if row.cells and all(fields):
            continue
        for cell, field_name in zip(row.cells, fields):
            if not field_name and not _white_on_shading(cell):
                yield cell.paragraphs


def _printed_prompts(paragraphs: list[Paragraph], own: set[str | None]) -> int:
    """How many paragraphs at the start of a box are the template's coloured
    questions ("What went well? What did you feel proud of?") answered
    below in the auditor's colour: a moderator writes after the answer,
    never above it."""
    for index, paragraph in enumerate(paragraphs):
        runs = [run for run in paragraph.runs if run.text.strip()]
        if not runs:
            continue
        if all(run.colour not in own for run in runs) and paragraph.text.strip().endswith(("?", ":")):
            continue
        return index if any(run.colour in own for run in runs) else 0
    return 0


def _white_on_shading(cell: Cell) -> bool:
    return cell.shading is not None and all(run.colour == WHITE for run in cell.runs if run.text.strip())


def _read_container(paragraphs: list[Paragraph], own: set[str | None], labels: Labels, moderation: Moderation) -> None:
    comment: list[Run] = []
    colour: str | None = None

    def flush() -> None:
        nonlocal comment, colour
        if comment:
            _keep(comment, labels, moderation)
        comment, colour = [], None

    for paragraph in paragraphs[_printed_prompts(paragraphs, own):]:
        runs = paragraph.runs
        labelled = labels.label_of(paragraph)
        if labelled is not None:
            # "Overall grade: Good  Moderated: Outstanding": the label is the
            # form's, what was typed after it may be the moderator's.
            flush()
            runs = labelled[1]
        elif _heading_like(paragraph):
            flush()
            continue
        for run in runs:
            if not run.text.strip():
                if comment:
                    comment.append(run)
                continue
            if run.colour in own or run.link or run.strike:
                flush()
                continue
            if run.colour != colour:
                flush()
                colour = run.colour
            comment.append(run)
        if comment:
            comment.append(Run(" "))
    flush()


def _heading_like(paragraph: Paragraph) -> bool:
    """A heading style, or a short line all in bold: templates colour their
    section titles; moderators type sentences."""
    return paragraph.heading or (paragraph.bold and len(paragraph.text.strip()) < 80)


def _keep(runs: list[Run], labels: Labels, moderation: Moderation) -> None:
    # Word splits runs mid-word, so the texts join as they are.
    text = tidy("".join(run.text for run in runs)).replace("\n", " ")
    if not any(character.isalpha() for character in text) or labels.is_placeholder(text):
        return
    folded = normalise(text)
    if any(folded.startswith(normalise(phrase)) for phrase in labels.definitions.ignore_phrases):
        return
    for run in runs:
        run.moderator = True
    if labels.grades.is_grade(text):
        moderation.grades.append(text)
    elif _labelled_grade(text, labels):
        moderation.grades.append(_labelled_grade(text, labels))
    else:
        moderation.comments.append(text)


def _labelled_grade(text: str, labels: Labels) -> str | None:
    """The grade of "Moderated: Outstanding", "HoS grade - RI", "Agreed
    judgement: Good" typed in colour: a few words that mean a moderated or
    final grade, then only a grade."""
    for separator in (":", " - ", " \u2013 "):
        head, found, tail = text.partition(separator)
        if not found or len(head.split()) > 5:
            continue
        folded = normalise(head)
        meant = labels.meant(head)
        if (meant == "moderated_grade" or "moderat" in folded or folded in ("hos", "agreed", "final")) \
                and labels.grades.read(tail).value:
            return tail.strip()
    return None
