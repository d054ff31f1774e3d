"""Finding where each field's value is on a form, in every layout councils use.

Given the document model and the labels of the form's kind, return what is
where: which paragraphs hold each field's value, which rows are section
grades, which are actions. Turning those paragraphs into typed values is
`fields.py`'s job, so the moderation pass can mark runs in between.

Layouts read:
- two-column rows `label | value`, and four or more columns
  `label | value | label | value`;
- a header row of labels with the values in the row below (also one label
  cell with its value in the row or rows below, as spreadsheets do);
- `Label: value` (and `Label - value`, `Label? value`) paragraphs;
- a label paragraph followed by its value paragraphs (bullets under
  "Strengths") up to the next label or heading, or by a one-cell table to
  type in;
- section grade tables (`section | grade | comments` under a header naming
  them), grade matrices (a header row of the four grades and a tick in one
  column), and `section | grade` rows for configured section names;
- actions tables ("by who by when", 2025 framework 3.1).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from .dates import only_a_date, parse_date
from .definitions import MODERATION_FIELDS
from .document import BOXES, TICKED, UNTICKED, Block, Cell, Document, Paragraph, Row, Run, Table, split_runs
from .grades import NONE_CHOSEN, SEVERAL_CHOSEN, read_yes_no
from .labels import (
    ACTIONS,
    ANSWERS,
    EVIDENCE,
    GRADE_FOR_NUMBER,
    MATRIX,
    NUMBERING,
    PEOPLE,
    SECTIONS,
    Labels,
    attendees,
    cell_at,
    emphasised,
    runs_between,
    runs_from,
)
from .meaning import FILLER
from .privacy import is_a_persons_name, is_professional, signature_at
from .text import BRACKETED, CARD_TITLE, INSTRUCTION, SPACED_DASH, STEP_STATED, contains_phrase, is_role, normalise


@dataclass
class Finding:
    """A field's value: the paragraphs that hold it, or a value already
    decided by the layout (a grade matrix's ticked column)."""

    field: str
    paragraphs: list[Paragraph]
    decided: object = None
    # Found by what its label means rather than a listed spelling: used only
    # where no listed label gave the field, and only when the value fits.
    weak: bool = False
    # One of several areas' boxes ("Good practice" under each area): a
    # list every such box adds to.
    in_area: bool = False
    # The label beside the value, folded, where a row gave the two.
    label: str = ""


@dataclass
class SectionRow:
    """One section of a section grade table or matrix. `grade` holds the
    grade cell's paragraphs; `decided` the grade a matrix tick chose, or a
    problem such as "none chosen"."""

    name: str
    grade: list[Paragraph] = field(default_factory=list)
    comment: list[Paragraph] = field(default_factory=list)
    decided: str | None = None
    problem: str | None = None


@dataclass
class ActionRow:
    action: list[Paragraph]
    owner: list[Paragraph]
    due: list[Paragraph]


@dataclass
class CaseRow:
    """One case of a table that lists several (a Head of Service overview's
    cases moderated): its case ID cell and its grade cells, labelled by the
    field their column header names (`grade`, `moderated_grade`), and
    whether the moderator agreed with the auditor's grade ("Agree? | Y");
    the moderator's remark on the case ("No change. Please make sure …").
    """

    case_id: list[Paragraph]
    grades: dict[str, list[Paragraph]]
    agreed: list[Paragraph] = field(default_factory=list)
    remarks: list[Paragraph] = field(default_factory=list)


@dataclass
class Extraction:
    findings: list[Finding] = field(default_factory=list)
    sections: list[SectionRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    cases: list[CaseRow] = field(default_factory=list)
    # Boxes under labels nobody knows whose value is shaped like people's
    # names ("Known as | Mimi", "Group members present | Tyler, Kai"): kept
    # as (label, value paragraphs) so the names can be removed from the
    # answers, whatever the label.
    named: list[tuple[str, list[Paragraph]]] = field(default_factory=list)
    # The grade each column of the last grade matrix stands for: an
    # "Overall grade | | X" row below it, in its own table, is marked by them.
    grade_columns: dict[int, str] = field(default_factory=dict)
    # The title of an area whose evidence the paragraphs before a table
    # left open: a "Judgement | O | G | RI | I" table after it grades it.
    open_area: str | None = None
    # The Head of Service's answer to "Do you agree with the overall
    # judgement?", where the form asks it: True, False or None.
    agreed: bool | None = None
    # The form's numbered lines ("KLOE 1: Child's lived experience"), by
    # which "Grade for KLOE 1" names its area.
    numbered: list[str] = field(default_factory=list)

    def add(self, field_name: str, paragraphs: list[Paragraph], decided: object = None, *, weak: bool = False,
            in_area: bool = False, label: str = "") -> None:
        if decided is not None or any(paragraph.text.strip() for paragraph in paragraphs):
            self.findings.append(Finding(field_name, paragraphs, decided, weak, in_area, normalise(label)))


def extract(document: Document, labels: Labels) -> Extraction:
    """Find every field value, section grade and action on `document`."""
    extraction = Extraction()
    labels.learn_fills([row for block in document.blocks if isinstance(block, Table) for row in block.rows])
    pending: list[Paragraph] = []
    open_field: str | None = None
    previous: str | None = None  # the title row of the table just before
    # The title of the table just before when that table graded nothing (an
    # area's questions): the grade line or table after it grades the area.
    asked: Paragraph | None = None
    first = next((block for block in document.blocks if not isinstance(block, Paragraph) or block.text.strip()), None)
    for place, block in enumerate(document.blocks):
        if isinstance(block, Paragraph):
            if NUMBERING.match(block.text) and len(block.text) < 120:
                extraction.numbered.append(block.text.strip())
            if block is first and _is_title(block) and _names_the_form(block.text, labels):
                # "Directly Observed Practice – Evaluation Record": the form's
                # name over it, no label and its value.
                continue
            pending.append(block)
            continue
        if _heading_box(block, labels):
            # "Section 6 – Actions" shaded across the page, the actions typed
            # as lines under it: a heading, as if typed as a paragraph.
            pending += block.rows[0].filled()[0].paragraphs
            continue
        if _card(block, labels) or _case_box(block, pending, labels):
            # "1. Working alongside the family", its prompt, "Findings: …"
            # and "Practice on this theme is inadequate." in one box: read as
            # the lines they are, with the cards before and after it. (So is
            # the Head of Service's box under an overview's case: "Agree with
            # grade? ☐ Agree ☒ Disagree  New grade: Inadequate".)
            pending += _card_lines(block)
            continue
        found = len(extraction.findings)
        open_field, weak = _paragraphs(pending, labels, extraction, asked)
        if len(extraction.findings) == found + 1 and _guides_its_part(extraction.findings[-1], block, labels):
            del extraction.findings[-1]
        questioned = asked  # (the title of the table of questions just before, graded by nothing yet)
        if asked is not None and not extraction.open_area and any(paragraph.text.strip() for paragraph in pending):
            asked = None
        written = [paragraph for paragraph in pending if paragraph.text.strip()]
        # "C1. Working with the family" titling the table just before, then
        # "Grade" alone over the four grades with a mark under one: that area's.
        area_above = previous if len(written) == 1 and labels.is_section_grade_label(written[0].text.strip()) \
            and "overall" not in normalise(written[0].text).split() else None
        if written:
            previous = None
        heading = next((paragraph for paragraph in reversed(pending) if paragraph.text.strip()), None)
        titled_area: str | None = None
        heading_text = heading.text.strip() if heading is not None and _is_title(heading) \
            and (not labels.label_of(heading) or _titles_a_moderation(heading, labels)) \
            and not _names_the_form(heading.text, labels) else None
        # The title of the part the table is in, over any guidance between
        # ("7. Head of Service moderation", then how to moderate, then the table).
        part = next((paragraph.text.strip() for paragraph in reversed(pending)
                     if paragraph.text.strip() and _is_title(paragraph)), None) if heading_text is None else None
        if part is not None and any(labels.label_of(paragraph) for paragraph in pending[
                max(index for index, paragraph in enumerate(pending) if paragraph.text.strip() == part):]):
            part = None
        if heading_text is None and part and heading is not None and heading.text.strip().endswith("?") \
                and _AREA_NUMBER_TITLE.match(part) and not labels.label_of(heading):
            # "KLOE 1 – Was the child's need … understood?" in bold, its
            # question, then each agency's findings and "Grade for this KLOE":
            # the table is that area's.
            heading_text, part, titled_area = part, None, part
        if open_field and weak and heading_text is None and part and NUMBERING.match(part) \
                and labels.field_type(open_field) in ("list", "short_list") and len(block.rows) <= 4 \
                and any(_judged(row, labels) for row in block.rows[1:]):
            # "C6. Outcomes and next steps", its prompt, then "Evidence | …"
            # and "Score | 3": an area graded like the others, not a list.
            open_field, heading_text, part = None, part, None
        if open_field and weak and heading is not None and extraction.open_area == heading.text.strip() \
                and NUMBERING.match(heading.text) and labels.field_type(open_field) == "text" \
                and _evidence_box(block, labels):
            # "1a) Decision to step up or step down", then an "Evidence" box
            # and its grade line: a numbered area like the others, whatever
            # its words mean as a label (a step's direction).
            open_field = None
        pending_text = [paragraph for paragraph in pending if paragraph.text.strip()][-2:]
        pending = []
        options = _grade_options(block, labels)
        if open_field is None and heading is not None and options is not None:
            # "Overall grade for this observation" over one row of the four
            # grades, the chosen one marked.
            meant = labels.meant(heading.text)
            if meant and labels.field_type(meant) == "grade":
                open_field, weak = meant, True
        chosen = _printed_choice(options.cells, labels) if open_field is None and options is not None \
            and extraction.open_area and all(section.name != extraction.open_area for section in extraction.sections) \
            else None
        if chosen is not None and chosen.decided:
            # "1. The child's voice", its prompts and "Auditor's evidence: …",
            # then the four grades in a row, one ticked: that area's grade.
            extraction.sections.append(SectionRow(extraction.open_area, decided=chosen.decided))
            continue
        boxed = _area_grade_box(block, labels) if open_field is None and extraction.open_area \
            and all(section.name != extraction.open_area for section in extraction.sections) else None
        if boxed is not None:
            # "1. The child's voice", its prompt and evidence, then a box
            # "Grade for this area: Outstanding / Good / RI / Inadequate", the
            # chosen one highlighted: that area's grade.
            extraction.sections.append(SectionRow(extraction.open_area, [Paragraph(boxed)]))
            continue
        rated = _rated_table(block.rows, 0, labels) if open_field and labels.field_type(open_field) == "grade" \
            and block.rows else None
        if rated is not None and rated[3] == len(block.rows) and not rated[2]:
            # "Overall judgement", then "Rationale | Grade" and the row beneath.
            extraction.add(open_field, rated[0], weak=weak)
            continue
        chosen = _marked_under_grades(block, open_field, labels) if open_field else None
        graded_here = bool(chosen) and area_above is None and bool(written) \
            and labels.is_section_grade_label(written[-1].text.strip().rstrip(":"))
        titled = next((paragraph.text.strip() for paragraph in reversed(written[:-1]) if _is_title(paragraph)), None) \
            if graded_here else None
        if titled is None and graded_here and len(written) == 1 and questioned is not None:
            # "1. Identifying details", its table of questions, then
            # "Judgement for this part" over the four grades, one marked.
            titled = questioned.text.strip()
        if titled and (NUMBERING.match(titled) or labels.definitions.canonical_section(titled)) \
                and "overall" not in normalise(titled).split() \
                and all(section.name != titled for section in extraction.sections):
            # "B1. The child's voice", its standard and "Evidence: …", then
            # "Judgement:" alone over the four grades with a mark under one:
            # that area's grade, not the overall grade.
            area_above = titled
        if chosen and area_above:
            extraction.sections.append(SectionRow(area_above, decided=chosen))
            continue
        if chosen:
            # "Overall quality of supervision", then the four grades with a
            # mark under one.
            extraction.add(open_field, [], chosen, weak=weak)
            continue
        if open_field and labels.field_type(open_field) == "grade" and options is not None:
            # The one grade filled in a colour of its own, or marked, or
            # left standing, bold or highlighted among the others.
            chosen = _printed_choice(options.cells, labels)
            extraction.add(open_field, chosen.paragraphs, chosen.decided, weak=weak)
            continue
        ticked = _ticked_grid(block, labels) if open_field and labels.field_type(open_field) in ("list", "short_list", "text") \
            else None
        if ticked is not None and (len(ticked) == 1 or labels.field_type(open_field) != "text"):
            # "Agencies taking part (tick all that apply)" over "Police | ☒ |
            # School | ☐": the names ticked; "Setting (tick one)" over "Home
            # visit | ✓ | Core group | ": the one option ticked.
            extraction.add(open_field, ticked, weak=weak)
            continue
        answer = [paragraph for row in block.rows for cell in row.cells for paragraph in cell.paragraphs
                  if paragraph.text.strip()]
        # ("Part E – Learning from this move" over a table of its own boxes,
        # "Worked well" and "Needs to improve" in bold: the boxes' own labels
        # decide, not the part's title.)
        boxed = bool(answer) and answer[0].bold and labels.meant(answer[0].text) not in (None, open_field)
        # ("E. Overall rating", then a box holding "Overall quality of
        # supervision: Good" over "HoS moderated rating: R.I.": lines each
        # with a label of its own, not one answer.)
        boxed = boxed or _labelled_apart(answer, labels)
        # ("Audits moderated" over a box holding one case's lines, "Audit 1 –
        # EH-522865", "Audited by: …", "Moderated grade: …": the first case
        # of the list, not the number moderated.)
        boxed = boxed or (labels.kind.moderates_cases and _case_card(block.rows, labels) is not None)
        if open_field and not boxed and (_is_answer_box(block, labels) or _is_option_row(block, open_field, labels)):
            # "Strengths" followed by a one-cell table to type in; "Overall
            # quality of practice" followed by one row of the grades to choose.
            if len(answer) > 1 and answer[0].bold and not answer[1].bold \
                    and labels.meant(answer[0].text) == open_field:
                # "5. Overall judgement", then a box holding its label again
                # in bold over the answer ("Overall multi-agency judgement").
                answer = answer[1:]
            extraction.add(open_field, answer, weak=weak)
            continue
        if heading_text is None and extraction.open_area and block.rows and (
            (_rates(block.rows[0], labels) and _grades_its_area(block.rows[0].cells[0].text))
            or _rated_table(block.rows, 0, labels) is not None
            or (len(block.rows) <= 4 and any(_judged(row, labels) for row in block.rows[1:]))
        ):
            # "2. Information sharing", its evidence (or its questions, or
            # "What good looks like: …"), then the rating table.
            heading_text = extraction.open_area
        if heading_text is None and not any(paragraph.text.strip() for paragraph in pending) \
                and previous is not None:
            # A title row heading the area's prompts table, then the area's
            # rating in a table of its own straight after.
            heading_text = previous
        graded = len(extraction.sections)
        open_area = extraction.open_area
        read = len(extraction.findings)
        _table(block, labels, extraction, heading_text, part,
               moderators_next=_opens_moderators_part(document.blocks[place + 1:]))
        if any(_OTHER_SCALE.search(paragraph.text) for paragraph in pending_text):
            # "Score each element 1 to 5": numbers on a scale of the tool's
            # own, not the four judgements; read as grades they would be guesses.
            del extraction.sections[graded:]
        asked = heading if heading is not None and heading_text == heading.text.strip() \
            and len(extraction.sections) == graded and _asks(block, labels) else None
        evidenced = asked is None and bool(open_area) and len(extraction.sections) == graded \
            and _evidence_box(block, labels)
        if evidenced:
            # "1. Risk is identified", its prompt, then a box "Evidence:" to
            # write in: the grade line after the box grades the area.
            asked = Paragraph([Run(open_area, bold=True)])
        if len(block.rows) == 1 and labels.grades.is_key(block.rows[0].cells[0].text if block.rows[0].cells else ""):
            continue  # "Grading key: 1 = Outstanding …" in a box of its own: the title above still heads what follows
        previous = _title_row(block.rows[0], labels) if block.rows and not labels.header_kind(block.rows[0]) else None
        if previous is not None and any(finding.field == "moderator" for finding in extraction.findings[read:]):
            # "Head of Service oversight" over "Reviewed by | Claire
            # Whitworth" and her comments: her part is whole, and "Completed
            # by | Karen Holt" in a table after it is the auditor's own.
            previous = None
        if evidenced and previous is not None:
            # ("Auditor's evidence" heading that box: the grades in a table
            # of their own after it grade the area, not the box.)
            previous = open_area
        if titled_area and len(extraction.sections) == graded:
            # (The area's findings graded nothing: "Grade for this KLOE" and
            # the grid after them grade it.)
            previous = titled_area
    _paragraphs(pending, labels, extraction, asked)
    _follow_references(document, labels, extraction)
    _agencies_represented(labels, extraction)
    return extraction


# "Represented by: Rebecca Shaw (SW)", "Agency representative: …": who spoke
# for an agency at the audit.
_REPRESENTED = re.compile(r"(?i)\s*(?:represented by|agency representative|representative|attended by)\s*:")


def _agencies_represented(labels: Labels, extraction: Extraction) -> None:
    """The agencies taking part, where the form lists none of its own but
    grades each agency as an area, who represented it under its name ("1.
    Children's Social Care", "Represented by: Rebecca Shaw (SW)", its
    findings and "Rating: …"): the areas so represented."""
    if "agencies" not in labels.kind.fields or any(finding.field == "agencies" for finding in extraction.findings):
        return
    represented = [NUMBERING.sub("", section.name, count=1).strip() for section in extraction.sections
                   if any(_REPRESENTED.match(paragraph.text) for paragraph in section.comment)]
    if len(represented) >= 2:
        extraction.add("agencies", [Paragraph([Run(name)]) for name in represented], weak=True)


# A box answered by pointing at another: "See skills demonstrated above.",
# "As above – see skills demonstrated.", "Covered in the skills section above."
_SEE_ABOVE = re.compile(r"(?i)\s*(?:as above\s*[-\u2013\u2014,:;]?\s*)?(?:please\s+)?"
                        r"(?:see|refer to|covered (?:in|under|by)|as (?:in|per)|included (?:in|under)|set out (?:in|under))"
                        r"\s+(?:the\s+)?(?P<ref>[a-z'\u2019 ]+?)(?:\s+(?:section|box|part))?(?:\s+(?:above|below))?\s*\.?\s*")


def _follow_references(document: Document, labels: Labels, extraction: Extraction) -> None:
    """A list's box that only points at another ("What went well? | See
    skills demonstrated above.") holds what the box it names holds ("Skills
    demonstrated | • Good use of the three houses tool … • Warm, respectful
    …"), as its reader would take it; the box is found by its label's words,
    and only where one box alone has them."""
    for finding in extraction.findings:
        text = " ".join(paragraph.text.strip() for paragraph in finding.paragraphs if paragraph.text.strip())
        pointed = _SEE_ABOVE.fullmatch(text) if labels.field_type(finding.field) == "list" else None
        if pointed is None:
            continue
        wanted = set(normalise(pointed.group("ref")).split()) - FILLER
        # (Of "Skills demonstrated" and "Purpose of the observation and skills
        # to be demonstrated", the label with fewest words besides.)
        boxes = sorted((len(set(normalise(row.filled()[0].text).split()) - FILLER - wanted), index, row.filled()[1])
                       for index, row in enumerate(row for block in document.blocks if isinstance(block, Table)
                                                   for row in block.rows)
                       if len(row.filled()) == 2 and wanted
                       and wanted <= set(normalise(row.filled()[0].text).split())
                       and not _SEE_ABOVE.fullmatch(row.filled()[1].text.strip()))
        if boxes and (len(boxes) == 1 or boxes[0][0] < boxes[1][0]):
            finding.paragraphs = boxes[0][2].paragraphs


# A scale of the tool's own printed over a table: "Score each element 1 to
# 5", "rated 1-10", "1 = not seen … 5 = seen throughout".
_OTHER_SCALE = re.compile(r"(?i)\b(?:1|one)\s*(?:to|-|\u2013)\s*(?:5|6|10|five|six|ten)\b(?!\s*(?:=|years?|months?))"
                          r"|\b(?:5|10)\s*=\s*[a-z]")


def _area_grade_box(table: Table, labels: Labels) -> list[Run] | None:
    """The grade runs of a one-line box labelled as an area's grade
    ("Grade for this area: …"), or None."""
    if len(table.rows) != 1 or len(table.rows[0].filled()) != 1:
        return None
    lines = [paragraph for paragraph in table.rows[0].filled()[0].paragraphs if paragraph.text.strip()]
    return labels.section_grade_of(lines[0]) if len(lines) == 1 else None


def _card(table: Table, labels: Labels) -> bool:
    """Whether a table is one box holding an area, or a column of boxes
    that do: its numbered title first, its grade last ("Rating for this
    theme: Good", or in a sentence)."""
    lines = _card_lines(table)
    return len(lines) >= 3 and bool(NUMBERING.match(lines[0].text.strip())) and _is_title(lines[0]) \
        and _grades_an_area(lines[-1], labels)


def _case_box(table: Table, before: list[Paragraph], labels: Labels) -> bool:
    """Whether a table is one box under the lines of an overview's case
    ("1. CS-6523158 – audited by Jane Smith on 2 October 2026", "Grade
    given: RI"): the moderation of that case."""
    written = [paragraph for paragraph in before if paragraph.text.strip()][-4:]
    # (Or the case told on a line to its auditor's grade, "2. 4008574 – … .
    # Audited by Andrew Booth, graded Inadequate.", the moderator's line boxed.)
    return labels.kind.moderates_cases and len(table.rows) == 1 and bool(_card_lines(table)) \
        and (any(_CASE_HEAD.fullmatch(paragraph.text.strip()) for paragraph in written)
             or bool(written and _CASE_LINE.fullmatch(written[-1].text) and _AUDITED_GRADE.search(written[-1].text)))


def _card_lines(table: Table) -> list[Paragraph]:
    """The lines of a table of one box, or of one box a row down one column
    (the area's title in a band, its prompt, evidence and grade below)."""
    if any(len(row.cells) != 1 for row in table.rows):
        return []
    return [paragraph for row in table.rows for paragraph in row.cells[0].paragraphs if paragraph.text.strip()]


def _titles_a_moderation(paragraph: Paragraph, labels: Labels) -> bool:
    """A moderation's label standing alone over its table ("Head of Service
    moderation", then "Moderated by | …", "Comments | …"), or with words
    that are no answer to it: the part's title."""
    found = labels.label_of(paragraph)
    if found is None or _MODERATION_TITLE.search(paragraph.text) is None:
        return False
    # "Head of Service – read and authorised" names no Head of Service.
    value = "".join(run.text for run in found[1]).strip()
    return not value or not labels.fits(found[0], value)


def _guides_its_part(finding: Finding, table: Table, labels: Labels) -> bool:
    """Whether a box read under a part's title is the part's guidance: the
    table after it labels the same field beside a box of its own ("H. Head
    of Service moderation", "The moderator reads the record …", then a
    table with "Moderator's comments | …" in it)."""
    return finding.decided is None and _labelled_in([row.cells[0] for row in table.rows if len(row.cells) >= 2],
                                                    finding.field, labels)


def _labelled_in(cells: list[Cell], field: str, labels: Labels) -> bool:
    """Whether one of `cells` is a label of `field`, listed or by meaning
    (of its whole text or its first line, the rest being guidance)."""
    return any(labels.cell_field(cell) == field or field in (labels.meant(cell.text),
                                                              labels.meant(cell.text.strip().split("\n")[0]))
               for cell in cells)


def _names_the_form(title: str, labels: Labels) -> bool:
    """Whether a title is the form's own ("Case File Audit"): no area of it."""
    folded = normalise(title)
    return any(contains_phrase(folded, phrase) for phrase, _ in labels.definitions.detect_phrases)


def _asks(table: Table, labels: Labels) -> bool:
    """Whether a table holds an area's questions or prompts (under Yes and
    No columns, or beside the evidence), not the form's own boxes."""
    if any(labels.header_kind(row) in (ANSWERS, EVIDENCE) for row in table.rows[:2]):
        return True
    # ("Is the record on the child's file and up to date? | Yes ☒ No ☐", a
    # row each: the area's checks, answered beside them.)
    yes, no = labels.answer_words
    rows = [row.filled() for row in table.rows]
    return bool(rows) and all(len(cells) == 2 and cells[0].text.strip().endswith("?")
                              and set(normalise(cells[1].text).split()) & (yes | no) for cells in rows)


def _heads_evidence(text: str, labels: Labels) -> bool:
    """Whether a text labels what the auditor writes about an area
    ("Evidence:", "Comments", "Commentary")."""
    return labels.section_role(labels.fold(text.strip().rstrip(":"))) == "comments"


def _evidence_box(table: Table, labels: Labels) -> bool:
    """Whether a table is one box for an area's evidence: a single row whose
    first line is "Evidence:", "Commentary" or the like, or a single box
    written in with no label of a field; or such a box under its heading
    ("What the file shows", then what it shows)."""
    if len(table.rows) == 2 and [len(row.filled()) for row in table.rows] == [1, 1]:
        head = table.rows[0].filled()[0]
        return (_heads_evidence(head.text, labels) or (head.bold and len(head.text.split()) <= 6
                                                       and not labels.cell_field(head) and not labels.meant(head.text))) \
            and _evidence_box(Table(table.rows[1:]), labels)
    if len(table.rows) != 1:
        return False
    filled = table.rows[0].filled()
    lines = [paragraph.text.strip() for cell in filled for paragraph in cell.paragraphs if paragraph.text.strip()]
    if not lines:
        return False
    if _heads_evidence(lines[0], labels):
        return True
    # (A sentence opening with a grade's word is evidence: "Good balance of
    # support and challenge is evident.")
    return len(filled) == 1 and not labels.cell_field(filled[0]) and not labels.meant(lines[0]) \
        and not (labels.grades.read(filled[0].text).value and len(filled[0].text.split()) <= 6)


def _grades_its_area(label: str) -> bool:
    """Whether a grade's label after an area is that area's: not an overall
    grade, unless it says whose ("Overall rating for this section")."""
    words = set(normalise(label).split())
    return "overall" not in words or bool(words & {"section", "area", "part", "standard", "domain"})


def _marked_under_grades(table: Table, field: str, labels: Labels) -> str | None:
    """The grade marked in the one row under a header row of the grades."""
    if labels.field_type(field) != "grade" or len(table.rows) != 2 or labels.header_kind(table.rows[0]) != MATRIX:
        return None
    columns = labels.header_columns(table.rows[0], MATRIX)
    chosen = _ticked(table.rows[1], columns, labels)
    return chosen[0] if len(chosen) == 1 else None


def _is_option_row(table: Table, field: str, labels: Labels) -> bool:
    """One row of options (the four grades, Yes and No) under a label that
    waits for a value of that kind: the chosen one is left standing, ticked
    or marked. A label and its value ("Overall score (see key) | 3") is no
    row of options."""
    if len(table.rows) != 1 or labels.field_type(field) not in ("grade", "yes_no"):
        return False
    filled = table.rows[0].filled()
    return not (len(filled) == 2 and labels.cell_meaning(filled[0]) == field
                and labels.fits(field, filled[1].text))


def _grade_options(table: Table, labels: Labels) -> Row | None:
    """The row of the four grades printed to choose from, when `table` is
    that row alone or with each grade's description beneath it ("Good"
    over "purposeful, warm and clear"); the choice is shown in the grades'
    own row."""
    if not table.rows or not _only_grades(table.rows[0], labels):
        return None
    columns = [cell.column for cell in table.rows[0].cells]
    for row in table.rows[1:]:
        if [cell.column for cell in row.cells] != columns or any(
                labels.is_tick(cell) or labels.grades.heads_column(cell.text) or not cell.text.strip()
                for cell in row.cells):
            return None
    return table.rows[0]


def _only_grades(row: Row, labels: Labels) -> bool:
    """Whether every cell of `row` heads one of the grades: the four printed
    to choose from."""
    return _grade_runs(row, labels) == [(0, len(row.cells))]


def _is_answer_box(table: Table, labels: Labels) -> bool:
    """Whether a table is a box to write in: one filled cell a row at most,
    none of them a label. "Name | ", "Date read | ", "Comments | " printed
    as labels, the boxes beside them left empty, is a part not filled in."""
    unfilled = len(table.rows) >= 2 and all(
        len(row.cells) >= 2 and len(row.filled()) == 1 and row.filled()[0] is row.cells[0]
        and _printed_as_label(row.cells[0]) for row in table.rows)
    return not unfilled and all(len(row.filled()) <= 1 for row in table.rows) and not any(
        labels.cell_field(cell) for row in table.rows for cell in row.filled()
    )


def _heading_box(table: Table, labels: Labels) -> bool:
    """Whether a table is one shaded line titling a box the form's answers
    follow ("Section 4 – What the family told us about the step"): a
    label of written answers, nothing written in it."""
    if len(table.rows) != 1 or len(table.rows[0].filled()) != 1:
        return False
    lines = [paragraph for paragraph in table.rows[0].filled()[0].paragraphs if paragraph.text.strip()]
    if len(lines) != 1:
        return False
    found = labels.label_of(lines[0]) or labels.weak_label_of(lines[0])
    return found is not None and not any(run.text.strip() for run in found[1]) \
        and labels.field_type(found[0]) in ("list", "short_list", "note") and found[0] not in _MODERATORS


def _paragraphs(paragraphs: list[Paragraph], labels: Labels, extraction: Extraction,
                asked: Paragraph | None = None) -> tuple[str | None, bool]:
    """Read label/value paragraphs. Return the field of a trailing label that
    is still waiting for its value (or None), and whether that label is
    known only by its meaning. `asked` is the title of an area whose
    questions the table before answered: a grade line here closes it."""
    paragraphs = _grades_one_a_line(_asked_and_said(paragraphs), labels)
    reader = _ParagraphReader(labels, extraction, _series_of_sections(paragraphs, labels))
    if asked is not None:
        reader.evidence = (asked, [])
        reader.asked = asked
    texts = [paragraph.text.strip() for paragraph in paragraphs]
    signed = signature_at(texts)
    carded = _cards_in_lines(paragraphs, labels, extraction) if labels.kind.moderates_cases else set()
    for position, paragraph in enumerate(paragraphs):
        text = texts[position]
        if position in carded:
            reader.close()
            continue
        if signed is not None and signed <= position <= signed + 1 + only_a_date(texts[min(signed + 2, len(texts) - 1)]):
            # "Nasreen Akhtar", "Head of Service, Children in Care", the date:
            # a signature at the foot, no item of the list above it.
            reader.close()
            continue
        if _SAYS_HOW_MARKED.fullmatch(text):
            # "Head of Service entries are in the shaded cells.": how to read
            # the form, no answer to the label before it.
            continue
        if text and not labels.is_placeholder(text):
            reader.read(paragraph)
    extraction.open_area = reader.evidence[0].text.strip() if reader.evidence is not None else None
    return reader.finish()


# A line saying how the form shows whose entries are whose: "Head of
# Service entries are in the shaded cells", "Moderation is typed in colour".
_SAYS_HOW_MARKED = re.compile(
    r"(?i)[^.]{0,60}\b(?:entries|moderation|comments|changes|grades|answers)\s+(?:are|is)\s+"
    r"(?:(?:typed|written|shown|entered|recorded|marked|given)\s+)?in\s+(?:the\s+)?"
    r"(?:colou?r|(?:shaded|coloured|colored|grey|gr[ae]y|blue|green|purple|red|bold)\b[^.]{0,20})\.?")


def _asked_and_said(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """`paragraphs` with each question put to the family and their answer
    ("We asked: What difference has it made?", then "You said: The debt is
    sorted …") made one line, the question the answer's label."""
    joined: list[Paragraph] = []
    for paragraph in paragraphs:
        said = _YOU_SAID.match(paragraph.text)
        asked = _WE_ASKED.match(joined[-1].text) if joined and said else None
        if asked is not None:
            question = asked.group("question").strip().rstrip(":")
            joined[-1] = Paragraph([Run(f"{question}: ")] + runs_from(paragraph.runs, said.end()))
            continue
        joined.append(paragraph)
    return joined


def _labelled_apart(lines: list[Paragraph], labels: Labels) -> bool:
    """Whether `lines` are each a label and its value, for two fields or
    more: the boxes of a part, not one answer."""
    found = [labels.label_of(line) or labels.weak_label_of(line) for line in lines]
    return len(lines) > 1 and all(each is not None and any(run.text.strip() for run in each[1]) for each in found) \
        and len({each[0] for each in found if each is not None}) > 1


def _sums_up(title: str, labels: Labels) -> bool:
    """Whether a part's title names both what works and what does not
    ("Part 5 – What is working well and what needs to change"): the part
    that sums the form up, its lists no area's boxes."""
    numbered = NUMBERING.match(title)
    named = {field for score, field in labels.definitions.meaning.scores(
        title[numbered.end():] if numbered else title, labels.kind.fields, joined=False) if score >= 0.3}
    return {"strengths", "development_areas"} <= named


def _grades_one_a_line(paragraphs: list[Paragraph], labels: Labels) -> list[Paragraph]:
    """`paragraphs` with a grade's label and the grades printed under it
    one a line ("Overall grade for the case:", then "Outstanding", "Good"
    highlighted, "Requires improvement", "Inadequate") made one line, as if
    the grades were printed beside the label: three grades or more, the
    chosen one picked out."""
    joined: list[Paragraph] = []
    position = 0
    while position < len(paragraphs):
        paragraph = paragraphs[position]
        joined.append(paragraph)
        position += 1
        found = labels.label_of(paragraph) or labels.weak_label_of(paragraph)
        if found is None or labels.field_type(found[0]) != "grade":
            continue
        said = "".join(run.text for run in found[1]).strip()
        end = position
        while end < len(paragraphs) and labels.grades.is_written_grade(paragraphs[end].text.strip()):
            end += 1
        listed = [paragraph.text for paragraph in paragraphs[position:end]] + ([said] if said else [])
        if end - position < 2 or len({labels.grades.read(text).value for text in listed}) < 3 \
                or (said and not labels.grades.is_written_grade(said)):
            continue
        runs = list(paragraph.runs)
        for line in paragraphs[position:end]:
            runs += ([Run(" / ")] if said or line is not paragraphs[position] else [Run(" ")]) + list(line.runs)
        joined[-1] = replace(paragraph, runs=runs)
        position = end
    return joined


_WE_ASKED = re.compile(r"(?i)^\s*(?:we asked|question|asked)\s*:\s*(?P<question>\S.*)$")
_YOU_SAID = re.compile(r"(?i)^\s*(?:you said|they said|the family said|answer)\s*:\s*")


def _cards_in_lines(paragraphs: list[Paragraph], labels: Labels, extraction: Extraction) -> set[int]:
    """An overview's cases told as lines, a label and its value each ("Case
    1: C3986367", "Auditor: Andrew Booth    Auditor's judgement: Good",
    "Moderation: Agreed"), read as the case cards they are; or each case
    headed by a line naming it and its auditor ("1. EH/22220 – audited by
    Colin Heap on 12/10/2026"), its grade and the moderation on the lines
    under it. Returns the places of the lines read."""
    texts = [paragraph.text.strip() for paragraph in paragraphs]
    starts = [(position, found.re is _CASE_HEAD) for position, text in enumerate(texts)
              for found in [_CARD_START.fullmatch(text) or _CASE_HEAD.fullmatch(text)]
              if found and labels.plausible_value("case_id", found.group("case"))
              # (A case told whole on its line, "6. C5213798 – audited by …;
              # graded Req. Imp. I agree with the grade.", is read as a line:
              # the line under the last case is no part of it.)
              and not (found.re is _CASE_HEAD and _case_line(text, labels) is not None)]
    read: set[int] = set()
    for number, (start, headed) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(texts)
        if headed:
            rows, used = _headed_card(paragraphs, start, end, labels)
        else:
            rows, used = [], []
            for position in range(start, end):
                pairs = [part.partition(":") for part in _WIDE_GAP.split(texts[position]) if ":" in part]
                if not pairs:
                    if texts[position] and position > start + 1:
                        used.append(position)  # the moderator's comment on the case
                        continue
                    break
                rows += [_label_row(label.strip(), [Run(value.strip())])
                         for label, _, value in pairs if label.strip() and value.strip()]
                used.append(position)
        card = _case_card(rows, labels)
        if card is not None:
            extraction.cases.append(card)
            read.update(used)
    return read


def _headed_card(paragraphs: list[Paragraph], start: int, end: int, labels: Labels) -> tuple[list[Row], list[int]]:
    """The rows of the case card headed at `start` ("1. CS-6523158 – audited
    by Jane Smith on 2 October 2026") by the lines under it, up to `end`:
    "Grade given: RI      What matters captured? Partly", "HoS agrees?
    Yes", "I disagree with the grade. Moderated grade: Good", a comment.
    The card ends at a title.
    Returns the rows and the places of the lines they came from."""
    head = _CASE_HEAD.fullmatch(paragraphs[start].text.strip())
    rows = [_label_row("Case reference", [Run(head.group("case"))])]
    used = [start]
    agreed = False
    for position in range(start + 1, end):
        paragraph = paragraphs[position]
        if _is_title(paragraph) or _CASE_LINE.fullmatch(paragraph.text.strip()):
            break
        pieces = _labelled_pieces(paragraph)
        for label, value in pieces:
            said = "".join(run.text for run in value).strip()
            if label:
                agreed = agreed or _agreement_head(label, labels.field(label) or labels.meant_by_value(label, said), labels)
                rows.append(_label_row(label, value))
            elif not agreed and labels.agreement(re.split(r"(?<=[.;])\s", said)[0]) is not None:
                rows.append(_label_row("Agreed?", value))  # "No change. Please make sure …"
                agreed = True
            # (Any other words are the moderator's comment on the case.)
        if pieces:
            used.append(position)
    return rows, used


def _labelled_pieces(paragraph: Paragraph) -> list[tuple[str, list[Run]]]:
    """A line's labels and their values, set apart by tabs or wide spaces:
    "Grade given: RI      What matters captured? Partly" gives two; a
    piece with no label of its own goes on the value before ("Agree with
    grade? ☐ Agree   ☒ Disagree"); a sentence before a label is a piece
    with none ("I disagree with the grade. Moderated grade: Good")."""
    pieces: list[tuple[str, list[Run]]] = []
    for runs in split_runs(paragraph.runs, _WIDE_GAP):
        text = "".join(run.text for run in runs)
        if not text.strip():
            continue
        mark = re.search(r"[:?]", text)
        if mark is None or mark.start() > 80:
            if pieces and pieces[-1][0]:
                pieces[-1] = (pieces[-1][0], [*pieces[-1][1], Run(" "), *runs])
            else:
                pieces.append(("", runs))
            continue
        label = text[:mark.start()].strip() + ("?" if mark.group() == "?" else "")  # ("Agree with grade?" asks whether)
        sentence = re.match(r"(?P<said>.*[.!])\s+(?=\S)", label)
        if sentence is not None:
            pieces.append(("", [Run(sentence.group("said"))]))
            label = label[sentence.end():]
        pieces.append((label, runs_from(runs, mark.end())))
    return pieces


# Tabs or three spaces and more: the gap between boxes typed on one line.
_WIDE_GAP = re.compile(r"\t+|\s{3,}")


def _label_row(label: str, value: list[Run]) -> Row:
    return Row([Cell([Paragraph([Run(label)])], 0), Cell([Paragraph(value)], 1)])


# "1.  EH/22220 – audited by Colin Heap on 12/10/2026": the line heading a
# case of an overview, its grade and moderation on the lines under it.
_CASE_HEAD = re.compile(r"\s*(?:\d{1,2}[.)]\s+|[\u2022\u25aa\u25cf\u25e6]\s*)?(?P<case>[A-Z]{0,4}[-/]?\d[\w/-]*)"
                        r"\s+[-\u2013\u2014]\s+(?i:audited\s+by)\s+[^:]{3,120}")


# "Case 1: C3986367", "Case reference: LCS-4466469"
_CARD_START = re.compile(r"(?i)\s*case(?:\s+(?:ref(?:erence)?|number|no\.?|id))?\s*\d{0,2}\s*:\s*(?P<case>\S+)\s*")


def _next_area(text: str, sections: list[SectionRow]) -> bool:
    """Whether a title is numbered as the area after the last one read
    ("2.5 …" after "2.4 …", "4. …" after "3. …"), and names rather than
    asks."""
    numbered, last = _AREA_NUMBERS.match(text), _AREA_NUMBERS.match(sections[-1].name) if sections else None
    if numbered is None or last is None or text.strip().endswith("?"):
        return False
    mine, before = numbered[1].split("."), last[1].split(".")
    return len(mine) == len(before) and mine[:-1] == before[:-1] and int(mine[-1]) == int(before[-1]) + 1


# "2.5 ", "4. ", "3) ": an area's number before its title.
_AREA_NUMBERS = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2})?)(?:[.)]\s|\s)(?=\s*[A-Za-z])")


def _prompt(text: str) -> bool:
    """Whether a line asks or explains rather than names a part: a question,
    or words then a colon and a lower-case explanation ("In their own words:
    what the family say about the support"), with no part's numbering."""
    text = text.strip()
    return not NUMBERING.match(text) and (text.endswith("?") or re.search(r"\w:\s+[a-z]", text) is not None)


def _is_title(paragraph: Paragraph) -> bool:
    """A heading, or a short line all in bold."""
    return paragraph.heading or (paragraph.bold and not paragraph.list_item and len(paragraph.text.strip()) < 80)


def _series_of_sections(paragraphs: list[Paragraph], labels: Labels) -> bool:
    """True when titles followed by "Judgement: Good" lines repeat: then any
    such title is a section, not only the configured ones."""
    filled = [paragraph for paragraph in paragraphs if paragraph.text.strip()]
    if filled and _NAMED_AREA_NUMBER.match(filled[0].text) and any(_grades_an_area(line, labels) for line in filled[1:12]):
        return True  # "Line of enquiry 2", its name, its findings and "Grade: Good": one area's box
    pairs = 0
    for index, title in enumerate(filled):
        # ("Criterion 4 – Agreeing next steps" is an area by its own word.)
        if not _is_title(title) or (_heads_a_box(title, labels) and not _NAMED_AREA_NUMBER.match(title.text)):
            continue
        # The grade line right after the title, or closing its evidence (and
        # the area's boxes: "Good practice", "Areas for development").
        for line in filled[index + 1:index + 12]:
            if _grades_an_area(line, labels):
                pairs += 1
                break
            if _is_title(line) and not _heads_a_box(line, labels):
                break
    return pairs >= 2


def _grades_an_area(line: Paragraph, labels: Labels) -> bool:
    """Whether a line gives an area's grade: "Judgement: Good", the grades
    with one marked, "Grade 2 (Good)", "I would judge this area as Good"."""
    stated = labels.stated_grade(line.text)
    return labels.section_grade_of(line) is not None or labels.grade_options(line) or labels.grade_line(line) \
        or (stated is not None and stated[0] == "area")


def _heads_a_box(paragraph: Paragraph, labels: Labels) -> bool:
    """Whether a title is the label of a list an area may hold ("Good
    practice", "Areas for development", "Recommendations") or of its
    evidence ("Evidence:", "Commentary")."""
    if _heads_evidence(paragraph.text, labels):
        return True
    found = labels.label_of(paragraph) or labels.weak_label_of(paragraph)
    return found is not None and labels.field_type(found[0]) in ("list", "short_list", "note")


def _stated_as_done(text: str, labels: Labels) -> tuple[str, bool] | None:
    """(yes/no field, answer) for a sentence saying a thing the form asks
    about was done or not: "A reflective discussion was held with the
    practitioner on …" (yes), "No reflective discussion took place" or "A
    reflective discussion has not yet taken place" (no). Never the urgent
    concern, which is asked about where it is not plainly answered."""
    # (A question asks, its answer after it; a label has its answer after
    # its colon or in its boxes: "Reflective discussion held: Yes ☒ No ☐".)
    found = _DONE.match(text) if not set(text) & set("?:" + BOXES) else None
    if found is None:
        return None
    subject = found.group("subject")
    field = labels.field(subject) or labels.meant(subject)
    if field is None or field == "urgent_concern" or labels.field_type(field) != "yes_no":
        return None
    return field, not (found.group("no") or found.group("not"))


# "[No|A|The] <thing> [was|has been|…] [not [yet]] held|completed|took place …".
_DONE = re.compile(r"(?i)\s*(?P<no>no\s+)?(?:an?\s+|the\s+)?(?P<subject>[a-z'\u2019 -]{3,60}?)\s+"
                   r"(?:(?:was|were|has|have|had)\s+)?(?P<not>not\s+(?:yet\s+)?)?(?:been\s+)?"
                   r"(?:held|completed|undertaken|taken place|took place|happened|carried out)\b")


class _ParagraphReader:
    """The state of reading a run of paragraphs: the label whose value is
    being collected, the section whose comment is, the last title seen."""

    def __init__(self, labels: Labels, extraction: Extraction, sections_by_title: bool):
        self.labels = labels
        self.extraction = extraction
        self.sections_by_title = sections_by_title
        self.field: str | None = None
        self.weak = False
        self.values: list[Paragraph] = []
        self.inline = False
        self.title: Paragraph | None = None
        self.section: SectionRow | None = None
        # The last title and the paragraphs since: a section whose grade
        # comes after its evidence.
        self.evidence: tuple[Paragraph, list[Paragraph]] | None = None
        # The title of an area whose boxes ("Good practice", "Areas for
        # development") are being read: its grade line may close it.
        self.area: Paragraph | None = None
        # The title of an area whose questions a table answered, left open.
        self.asked: Paragraph | None = None
        # The numbered title a list known only by its meaning was read from.
        self.labelled: Paragraph | None = None
        # The line read before this one.
        self.before = ""
        # A case minuted, its decision perhaps on the next line.
        self.minuted: CaseRow | None = None
        # The words of the label the open field was read from.
        self.label = ""
        # The list a part's title opened, left empty by a question answered
        # on its own line just under it ("Reflection and learning plan",
        # then "Reflective conversation held? Yes"): the numbered lines after
        # the answer are its points.
        self.waiting: str | None = None

    def close(self) -> None:
        if self.field:
            self.extraction.add(self.field, self.values, weak=self.weak, in_area=self.area is not None, label=self.label)
        self.field, self.values, self.inline, self.weak, self.labelled, self.label = None, [], False, False, None, ""

    def finish(self) -> tuple[str | None, bool]:
        if self.minuted is not None:
            self.extraction.cases.append(self.minuted)
            self.minuted = None
        if self.field and not self.values:
            return self.field, self.weak
        self.close()
        return None, False

    def read(self, paragraph: Paragraph) -> None:
        labels = self.labels
        pairs = _tabbed_labels(paragraph, labels)
        if pairs:
            # "Case ID: C1234567<tab>Date: 14/10/2026": two boxes to a line.
            for pair in pairs:
                self.read(pair)
            return
        if _SIGNED.match(paragraph.text) and not labels.label_of(paragraph) \
                and (labels.weak_label_of(paragraph) or ("",))[0] not in PEOPLE:
            # "Signed (observer): Julie Barlow" under the actions: a
            # signature, no action or list item ("Signed (reviewer): Colin
            # Heap", a role the form records, names its reviewer).
            self.close()
            return
        if _KEY_LINE.match(paragraph.text) and labels.grades.is_key(paragraph.text):
            # "Key: 1 = Outstanding, 2 = Good, …" under a list: the form's
            # printed key, ending the list and no item of it.
            self.close()
            return
        stated = _stated_as_done(paragraph.text, labels) if not (
            self.field and self.values and not self.inline
            and labels.field_type(self.field) in ("list", "short_list", "note")) else None
        if stated is not None:
            # "A reflective discussion was held with the practitioner on
            # 02-Oct-2026.", "… has not yet taken place": the answer to that
            # question, told in a sentence.
            self.close()
            self.extraction.add(stated[0], [], stated[1], weak=True)
            return
        not_spoken = _NOT_SPOKEN_TO.match(paragraph.text) if "feedback_sought" in labels.kind.fields else None
        if not_spoken is not None:
            # "Family not spoken to – why? Mum did not want to take part.":
            # the family were not spoken to, the reason given.
            self.close()
            self.extraction.add("feedback_sought", [paragraph], False)
            return
        before, self.before = self.before, paragraph.text
        minuted, self.minuted = self.minuted, None
        if minuted is not None:
            decided = _minuted_decision(minuted, paragraph, labels)
            self.extraction.cases.append(decided or minuted)
            if decided is not None:
                return
        alone = _case_minuted(paragraph, labels) if labels.kind.moderates_cases else None
        if alone is not None and _case_line(paragraph.text, labels) is None:
            # "(a) EH-615465. Audited by Colin Heap. Auditor's grade: Good":
            # a case of a panel's minutes, the panel's decision on the line
            # under it.
            self.close()
            self.minuted = alone
            return
        case = _case_line(paragraph.text, labels) or _case_over_two_lines(before, paragraph.text, labels)
        if case is not None:
            # "3. C4855169 – Rachel Greenwood. Audited by Sarah Hollins: 3.
            # Moderation: agreed.": one case of an overview's list.
            self.close()
            self.extraction.cases.append(case)
            return
        said = _first_person(paragraph.text)
        if not said and labels.kind.moderates_cases:
            # "This note records my moderation of 3 case audits … Moderated
            # by Nasreen Akhtar, Head of Service, Safeguarding and Quality
            # Assurance, on 11.11.26.": the overview's author, who moderated.
            said = {name: value.strip() for pattern in (_MODERATED_BY, _MY_MODERATION_OF)
                    for found in [pattern.search(paragraph.text)] if found
                    for name, value in found.groupdict().items() if value}
        if said:
            # "On 20/10/2026 I, Karen Holt (Practice Manager), observed the
            # direct work of James Whittaker, Senior Practitioner in Family
            # Safeguarding Team 2.": the form's details in the observer's
            # own sentence.
            self.close()
            if "on" in said:
                said.setdefault("date", said.pop("on"))  # "… observed Ann Lee on 16.10.26."
            label = said.pop("case_label", None)
            if label is not None and (labels.field(label) or labels.meant(label)) != "case_id":
                said.pop("case_id", None)  # "…, Child ID 5229554, …" is the case; another number is not
            if "listed" in said:
                said.setdefault("team", said.pop("listed"))  # "… is Hannah Lewis, Assessment Team 2 (…)."
            bracketed = said.pop("bracketed", None)
            ranked = labels.definitions.meaning.scores(bracketed, labels.kind.fields) if bracketed else []
            if ranked and ranked[0][1] == "team" and "team" not in said:
                # "observed Ann Lee (Family Safeguarding Team 1)": her team,
                # where "(Senior Social Worker)" would be her role.
                said["team"] = bracketed
            elif bracketed and "service" not in said and not (ranked and ranked[0][1] in PEOPLE) \
                    and _SERVICE_NAME.fullmatch(bracketed.strip()):
                # "… is Zoe Platt (Children in Care).", "… Assessment Team 2
                # (Assessment and Child Protection).": the service.
                said["service"] = bracketed.strip()
            for name, value in said.items():
                if name in labels.kind.fields:
                    self.extraction.add(name, [Paragraph([Run(value)])], weak=True)
            return
        part = labels.action_part(paragraph)
        if part is not None and part[0] != "action" and not self.extraction.actions \
                and not (self.field == "actions" and self.values):
            # "Reviewer: Colin Heap<tab>Review date: 22.10.26" at the head of
            # the form: with no action yet to be due, the review's own date
            # ("Review date" is also a learning plan's column for when).
            part = None
        if part is not None and part[0] == "owner" and self.field == "actions" and self.values:
            # "1. Update the chronology.", then "Who: Karen Holt    By: 17
            # November 2026" under it: who does that action, and by when.
            last = self.values[-1]
            self.values[-1] = replace(last, runs=[*last.runs, Run(" "), *paragraph.runs])
            return
        if part is not None:
            # "Owner: Martin Crowther    By: 28.10.26": two of the action's
            # boxes lined up on one line.
            pieces = [piece for piece in _WIDE_GAP.split(paragraph.text.strip()) if piece]
            parts = [labels.action_part(Paragraph([Run(piece)])) for piece in pieces]
            for role, runs in parts if len(parts) > 1 and all(parts) else [part]:
                self._action_part(role, runs)
            return
        titled = labels.titled_grade_of(paragraph)
        own = titled and (labels.field(titled[0]) or labels.meant(titled[0]))
        if own and labels.field_type(own) == "grade":
            # "Overall rating of the multi-agency response …… RI"
            self.close()
            self.extraction.add(own, [Paragraph(titled[1])], weak=labels.field(titled[0]) is None)
            return
        if titled is not None and len(titled[0].split()) >= 3 and not {"overall", "my"} & set(normalise(titled[0]).split()) \
                and "moderat" not in normalise(titled[0]):
            # "Q1  How well is the child seen and heard?   ▸ Rating: Good",
            # then the area's evidence.
            self.close()
            self.section = SectionRow(titled[0], [Paragraph(titled[1])])
            self.extraction.sections.append(self.section)
            self.title, self.evidence, self.area = None, None, None
            return
        title, self.title = self.title, None
        grade_runs = labels.section_grade_of(paragraph)
        if title is not None and grade_runs is not None and "overall" in normalise(title.text).split() \
                and labels.meant(title.text) == "grade":
            # "Overall grade for the sample (enter 1-4)", its key, then
            # "Grade given: 3": the form's own grade, no area's.
            self.close()
            self.extraction.add("grade", [Paragraph(grade_runs)], weak=True)
            return
        if title is not None and grade_runs is not None and (
            self.sections_by_title or labels.definitions.canonical_section(title.text)
        ):
            # A section title, then "Judgement: Good", then the evidence.
            self.close()
            self.section = SectionRow(title.text.strip(), [Paragraph(grade_runs)])
            self.extraction.sections.append(self.section)
            self.evidence = None
            return
        if grade_runs is None and self.evidence is not None and (labels.grade_options(paragraph)
                                                                 or labels.grade_line(paragraph)):
            grade_runs = paragraph.runs  # "Grade 1 / 2 / 3 / 4", the chosen one marked; "Grade 2 (Good)"
        stated = labels.stated_grade(paragraph.text) if grade_runs is None else None
        if self.evidence is not None and (grade_runs is not None or (stated and stated[0] == "area")) and (
            self.sections_by_title or labels.definitions.canonical_section(self.evidence[0].text)
            or (self.evidence[0] is self.asked and _grades_its_area(paragraph.text))
        ) and "overall" not in normalise(self.evidence[0].text).split() \
                and not (":" in paragraph.text and "overall" in normalise(paragraph.text.partition(":")[0]).split()):
            # ("Part C – Overall findings", then "Overall quality of the EHAP
            # work: … Good …": the form's own grade, below, no area's; so is
            # "Panel's overall judgement on the partnership's response: …"
            # under "Part 4 – Panel judgement".)
            # A section title, the evidence, then "Grade: Good" closing it,
            # or the grade stated in the evidence's last words ("I would
            # judge this area as Good").
            self.close()
            heading, comment = self.evidence
            if grade_runs is not None:
                self.extraction.sections.append(SectionRow(heading.text.strip(), [Paragraph(grade_runs)], comment))
            else:
                self.extraction.sections.append(SectionRow(heading.text.strip(), [], [*comment, paragraph],
                                                           decided=stated[1]))
            self.section, self.evidence = None, None
            return
        named = GRADE_FOR_NUMBER.match(paragraph.text) if grade_runs is not None else None
        if named is not None:
            # "Grade for KLOE 1 (1–4): 1" after the agencies' findings: the
            # grade of the area the form numbers so.
            self.close()
            self.extraction.sections.append(SectionRow(named.group(0), [Paragraph(grade_runs)]))
            self.section, self.evidence = None, None
            return
        if grade_runs is not None and self.labelled is not None and self.field \
                and labels.field_type(self.field) in ("list", "short_list", "note"):
            # "4. Clarity about the worries and what needs to change", its
            # prompt and evidence, then "Judgement: Good": an area of
            # practice whose title happens to name a list ("B4. Family's
            # voice and participation", a box).
            heading, comment = self.labelled, self.values
            self.field, self.values, self.inline, self.weak, self.labelled = None, [], False, False, None
            self.extraction.sections.append(SectionRow(heading.text.strip(), [Paragraph(grade_runs)], comment))
            return
        if self.area is not None and grade_runs is not None and (
            self.sections_by_title or labels.definitions.canonical_section(self.area.text)
        ):
            # "Section 1: Recognition", its "Good practice" and "Areas for
            # development", then "Grade: Good" closing the area.
            self.close()
            self.extraction.sections.append(SectionRow(self.area.text.strip(), [Paragraph(grade_runs)]))
            self.area = None
            return
        if stated and stated[0] == "moderated" and "moderated_grade" in labels.kind.fields:
            self.extraction.add("moderated_grade", [], stated[1], weak=True)
        elif stated and stated[0] == "case" and "grade" in labels.kind.fields:
            self.extraction.add("grade", [], stated[1], weak=True)
        found = labels.label_of(paragraph)
        if found and found[0] == "moderator_comments" and labels.kind.moderates_cases and not self.extraction.findings \
                and (_is_title(paragraph) or not any(run.text.strip() for run in found[1])):
            # "Head of Service Moderation – Monthly Report" at the head of an
            # overview: its title (the overview is the moderation), no box.
            found = None
        if not found and title is not None and self.field and not self.values and self.weak and _is_title(title) \
                and labels.field_type(self.field) not in ("list", "short_list", "note", "yes_no") \
                and paragraph.text.strip().endswith("?") and not labels.plausible_value(self.field, paragraph.text) \
                and not labels.weak_label_of(paragraph):
            # "Lead professional and hub partners", then "Does one lead
            # professional hold the plan together …?": an area of practice
            # titled in a field's words, the question it asks beneath; its
            # evidence and grade follow. (A question that is a box's own
            # label, "Was there a reflective discussion …?", is that box.)
            self.field, self.values, self.weak, self.labelled = None, [], False, None
            self.evidence = (title, [paragraph])
            return
        weak = False
        if self.field and not self.values and not (found and found[0] != self.field):
            again = found or labels.weak_label_of(paragraph)
            if again and again[0] == self.field and not (
                    self.weak and before is not None and _PART_TITLE.match(before) and _is_title(paragraph)
                    and NUMBERING.match(paragraph.text) and not _PART_TITLE.match(paragraph.text)):
                # (Not "1. Decision to step up or step down" under "Part 2 –
                # Quality of the step up / step down": the part's first area,
                # though both read as a step's direction.)
                if any(run.text.strip() for run in again[1]):
                    # "4. Overall judgement", then "Overall, how good is the
                    # help this family is getting?: OUTSTANDING": the box's
                    # question and its answer.
                    self.values.append(Paragraph(again[1]))
                    self.inline = True
                    self.label = paragraph.text.partition(":")[0] if ":" in paragraph.text else self.label
                return  # "Overall judgement", then "Overall score:": one box's title and its label
        if not found and self.field and not self.values and self.weak and _is_title(paragraph) \
                and not labels.plausible_value(self.field, paragraph.text):
            # "Learning from the review", then "What worked well": a part's
            # title known by its meaning, then the title of the box in it.
            following = labels.weak_label_of(paragraph)
            if following and following[0] != self.field:
                found, weak = following, True
        if not found and self.field and not self.values and (_is_title(paragraph) or (
                labels.field_type(self.field) in ("list", "short_list") and paragraph.text.strip().endswith("?"))) \
                and _prompt(paragraph.text) and not labels.weak_label_of(paragraph):
            # "Section 3: The family's voice", then "In their own words: what
            # the family say about the support": the box's prompt; its value
            # is still to come. Under a list's title a question is its prompt,
            # never an item ("C6. Outcomes and next steps", then "What
            # difference has the help made?").
            return
        if not found and self.field and not self.values:
            # "Part D – The family's voice", then "Were the child and family
            # asked for their views?  Yes": a question and its answer of a
            # shape of its own, not the part's value.
            following = labels.weak_label_of(paragraph)
            if following and following[0] != self.field and any(run.text.strip() for run in following[1]) \
                    and (labels.field_type(following[0]) in _SHAPED_TYPES
                         or (labels.field_type(following[0]) in ("list", "note")
                             and labels.field_type(self.field) in ("list", "note") and ":" in paragraph.text)):
                # (So is "Strengths across the audits: (1) … (2) …" under
                # "2. Themes and learning": another list, its points beside it.)
                found, weak = following, True
        if not found and not (self.field and not self.values):
            found, weak = labels.weak_label_of(paragraph), True
            if found and not any(run.text.strip() for run in found[1]) and self.evidence is not None \
                    and not self.evidence[1] and before is not None and self.evidence[0].text == before \
                    and NUMBERING.match(before) and not _is_title(paragraph) and paragraph.text.rstrip().endswith("?") \
                    and labels.field_type(found[0]) in ("list", "short_list", "note"):
                # "6. Distance travelled and difference made", then "Do the
                # Star readings and the family's own words show what has
                # changed?": the numbered area's prompt, no box of its own.
                self.evidence[1].append(paragraph)
                return
            if found and "?" not in paragraph.text and (
                    _names_the_form("".join(run.text for run in found[1]), labels)
                    or (_is_title(paragraph) and labels.field_type(found[0]) == "text"
                        and any(run.text.strip() for run in found[1]) and _names_the_form(paragraph.text, labels))):
                # "Learning from Case Reviews: Themed Audit": the form's
                # title, its kind after the colon, no box (a question's
                # answer may name another form: "Family feedback gathered?
                # Yes – at the last TAF review."); so is a title naming the
                # kind before it ("Stepping Between Services – Decision
                # Audit", no service's decision audit), though a label over
                # its value may name it ("Theme of dip sample").
                found = None
            elif found and _is_title(paragraph) and not self.extraction.findings \
                    and labels.field_type(found[0]) in ("list", "short_list", "note") \
                    and not "".join(run.text for run in found[1]).strip() and _names_the_form(paragraph.text, labels):
                # "Early Help Case Audit – EHAT and Family Action Plan" at the
                # head of the form: its title, naming its kind and the tools
                # it audits; no box (the guidance under it is no action).
                found = None
            elif found and _is_title(paragraph) and labels.field_type(found[0]) == "text" \
                    and "".join(run.text for run in found[1]).strip()[:1].islower():
                # "Family Support Hubs: early intervention and whole family
                # support", a title line in its own style: the service's
                # name and what it does, no box and its value.
                found = None
            elif found and self.sections_by_title and _is_title(paragraph) and NUMBERING.match(paragraph.text.strip()) \
                    and labels.field_type(found[0]) not in ("list", "short_list", "note") \
                    and not _ASKS_A_DETAIL.match(paragraph.text) \
                    and not (labels.field_type(found[0]) == "yes_no" and paragraph.text.rstrip().endswith("?")):
                # Numbered titles in a series of graded sections are areas
                # ("2. Quality of the social worker's report"), not the
                # label of one value; a list's heading ("2. What are we
                # worried about?") still heads its list, and a question
                # asking who, when, which or how many ("1.2 Who led the
                # review?") its answer, and a yes-or-no question ("8. Are there
                # any immediate safeguarding concerns …?") its Yes or No.
                found = None
            elif found and _is_title(paragraph) and _next_area(paragraph.text, self.extraction.sections) \
                    and ("." in paragraph.text.split()[0].strip(".") or labels.field_type(found[0]) not in ("list", "short_list", "note")):
                # "2.5 Learning and professional development" after the areas
                # "2.1" to "2.4", "4. Working with the lead professional"
                # after "3. …": the next area, though its words name a field
                # (a list's heading numbered as a part, "3. What is going
                # well", still heads its list).
                found = None
        if found and found[0] == "date" and "moderation_date" in labels.kind.fields \
                and ((labels.label_of(Paragraph([Run(before)])) or ("",))[0] == "moderator"
                     or all(run.moderator for run in paragraph.runs if run.text.strip())):
            # "Head of Service: David Okonjo", then "Date: 3rd Nov 2026", or
            # the date typed in the moderator's colour: the day of the
            # moderation, not of the audit.
            found = ("moderation_date", found[1])
        if found and weak and found[0] == "grade" and "moderated_grade" in labels.kind.fields \
                and self.field in ("moderator", "moderation_date") and "overall" not in normalise(paragraph.text).split():
            # "Moderated by: Claire Whitworth", "Date: 12-Oct-2026", then
            # "Outcome: Grade agreed – Req. Imp.": the moderation's grade,
            # not the auditor's.
            found = ("moderated_grade", found[1])
        if found:
            self.waiting = self.field if self.field and not self.values and self.weak \
                and labels.field_type(self.field) == "list" and labels.field_type(found[0]) == "yes_no" \
                and any(run.text.strip() for run in found[1]) else None
            self.close()
            said = "".join(run.text for run in found[1]).strip()
            if found[0] == "moderator" and (len(said.split()) > 4 or said.endswith(".")) \
                    and not labels.fits("moderator", said):
                # "Moderator: Agree, this is well evidenced.": a comment;
                # "Moderated by: Nasreen Akhtar (Head of Service)" a name.
                found = ("moderator_comments", found[1])
            in_area = found[0] == "moderator_comments" and bool(said)
            if not in_area:
                # "HoS comment: Agree" inside an area's evidence leaves the
                # area open for its grade line; so do the area's own boxes.
                if labels.field_type(found[0]) in ("list", "short_list", "note"):
                    self.area = self.evidence[0] if self.evidence is not None \
                        and not _sums_up(self.evidence[0].text, labels) else self.area
                else:
                    self.area = None
                self.section = None
                self.evidence = None
            self.field, inline = found
            # (The label's own words, before its answer: "The panel agreed no
            # actions: the current plan already addresses the issues found.")
            self.label = paragraph.text.partition(":")[0] if ":" in paragraph.text else paragraph.text
            said = "".join(run.text for run in inline).strip()
            if said and (_is_title(paragraph) or labels.is_subtitle(said)) \
                    and labels.field_type(self.field) in ("list", "short_list") \
                    and re.search(r"\s[-\u2013\u2014]\s*" + re.escape(said[:12]), paragraph.text):
                inline = []  # "F. Actions – who will do what, by when": a title and its hint
            elif "?" in said and labels.field_type(self.field) in ("list", "short_list", "note") \
                    and re.search(r"\s[-\u2013\u2014]\s*" + re.escape(said[:12]), paragraph.text):
                # "The family's voice – how far have they come? (Wheel
                # repeated)": the question the box asks, its answer below.
                inline = []
            self.weak = weak
            self.inline = any(run.text.strip() for run in inline)
            self.values = [Paragraph(inline)] if self.inline else []
            self.labelled = paragraph if weak and not self.inline and NUMBERING.match(paragraph.text.strip()) \
                and _is_title(paragraph) else None
            if weak and not self.inline:
                # A title known only by its meaning may still head a graded
                # section ("Lead professional role", then "Judgement: Good").
                self.title = paragraph
            if self.labelled is not None and labels.field_type(self.field) not in ("list", "short_list", "note") \
                    and self.field not in PEOPLE and not _PART_TITLE.match(paragraph.text):
                # "Q3. Timeliness of transfer", its question and answer, then
                # the grades: a numbered area, whatever its words mean as a
                # label (a transfer's date); never a part of the form ("Part
                # D – Feedback to the worker").
                self.evidence = (paragraph, [])
            return
        if _is_title(paragraph) and not (self.field and not self.values and labels.plausible_value(self.field, paragraph.text)):
            self.close()
            self.section = None
            self.area = None
            self.title = paragraph
            self.evidence = (paragraph, [])
            _section_line(paragraph, labels, self.extraction)
            return
        if self.evidence is not None:
            self.evidence[1].append(paragraph)
        if self.field and self.inline and not paragraph.list_item and not (
                labels.field_type(self.field) == "short_list" and _SHORT_ITEM.fullmatch(paragraph.text.strip())):
            # After "Label: value" only bullets continue the value (and the
            # names of a short list a line each: "Agencies involved:
            # Probation", then "Health visiting", "Early Help").
            self.close()
            if self.waiting and NUMBERING.match(paragraph.text):
                self.field, self.weak = self.waiting, True
            self.waiting = None
        label, separator, value = paragraph.text.partition(":")
        if self.field and self.values and labels.field_type(self.field) in ("list", "short_list") and separator \
                and not paragraph.list_item and (_SOMEONES_REMARKS.fullmatch(normalise(label)) or (
                    only_a_date(value) and _LABEL_BEFORE_COLON.fullmatch(label) and not NUMBERING.match(label))):
            # The actions, then "Practitioner's comments: I agree with most of
            # this" (or "Feedback shared with the manager on: 30 October
            # 2026"): another box below the list, no item of it.
            self.close()
        # ("Health visiting: Kwame Szymanski, Specialist Health Visitor" in a
        # list of the agencies: who spoke for one, a professional, no family.)
        spoke_for = self.field is not None and labels.field_type(self.field) == "short_list" and is_professional(value)
        if separator and labels.names_people(label, value) and not spoke_for:
            # "Who was present: Poppy (3), Craig Ramsden": kept to be
            # redacted, and never the value of the box above it, which ends.
            said = runs_from(paragraph.runs, len(label) + 1)
            listed = [] if labels.fits("family_names", value) else attendees(value)
            self.extraction.named.append((label, [Paragraph([Run(name)]) for name in listed] or [Paragraph(said)]))
            if self.field and self.values:
                self.close()
            if self.field is None or not self.values:
                return
        if self.field and not self.values and labels.field_type(self.field) not in ("list", "short_list", "note") \
                and separator and value.strip() and _LABEL_BEFORE_COLON.fullmatch(label) and not labels.answers(label):
            # "Team:" left empty, then "Stage of the work: Family plan in
            # place": a box of its own, not the team.
            self.close()
        if self.field:
            self.values.append(paragraph)
        elif self.section is not None:
            self.section.comment.append(paragraph)
        else:
            _section_line(paragraph, labels, self.extraction)

    def _action_part(self, role: str, runs: list[Run]) -> None:
        """"Action: ...", "By who: ...", "By when: ..." lines."""
        self.close()
        self.section = None
        actions = self.extraction.actions
        value = [Paragraph(runs)]
        if role == "action":
            actions.append(ActionRow(value, [], []))
        elif actions:
            row = actions[-1]
            if role == "owner" and not row.owner:
                row.owner = value
            elif role == "due" and not row.due:
                row.due = value


_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)+"
# A short list's item on a line of its own: a name of a few words, no sentence.
_SHORT_ITEM = re.compile(r"[A-Z][\w'\u2019&()/-]*(?:\s+[\w'\u2019&()/-]+){0,3}")
# "Key:", "Grading key:" opening a line that prints the grades' key.
_KEY_LINE = re.compile(r"(?i)\s*(?:grading |grade |scoring |rating )?key\b")
# A part of the form, not an area: "Part D – …", "Section 3: …".
_PART_TITLE = re.compile(r"(?i)\s*(?:part|section)\s+\w{1,3}\b")
# A person's remarks labelled as theirs: "Practitioner's comments", "Worker's response",
# "Practitioner's reflection", "Case holder's reflection on the audit".
_SOMEONES_REMARKS = re.compile(r"(?:\w+ ){1,3}(?:comments?|response|reply|reflections?|views?)"
                               r"(?: (?:on|about|of) (?:the |this )?(?:audit|observation|review|discussion))?")
# A box's label before its colon: a few words, no sentence.
_LABEL_BEFORE_COLON = re.compile(r"\s*[A-Z][\w'\u2019/&()-]*(?:\s+[\w'\u2019/&()-]+){0,5}\s*")
# "[On <date>] I, <name> (<role>), observed [the direct work of] <name>[
# (<role or team>)][, <role>][ in <team>][ on <date>]." The writer is the
# observer or auditor.
_FIRST_PERSON = re.compile(
    rf"^\s*(?:On\s+(?P<date>[^,]+?),?\s+)?I,\s+(?P<auditor>{_NAME})\s*(?:\([^)]*\)|,[^,]*)?,?\s+"
    r"(?:observed|audited|reviewed)\s+(?:the\s+(?:[a-z]+\s+){0,2}(?:work|practice|visit|session|case|file)\s+of\s+)?"
    rf"(?P<practitioner>{_NAME})(?:\s*\((?P<bracketed>[^)]*)\))?(?:,\s*[^.]*?)??"
    r"(?:\s+(?:in|from)\s+(?:the\s+)?(?P<team>[A-Z][^.,;]*?))?(?:\s+on\s+(?P<on>\S.*?\d{2,4}))?"
    r"\s*\.?\s*$")


# A conversation with a family told in the first person: "On 20-Oct-2026 I,
# Lynne Cartwright (Team Manager – Early Help), spoke with … about the help
# the family have had from Kirsty Duckworth (Early Help Team North, Early Help)."
_SPOKE_WITH = re.compile(
    rf"^\s*(?:On\s+(?P<date>[^,]+?),?\s+)?I,\s+(?P<auditor>{_NAME})\s*(?:\([^)]*\))?,?\s+"
    r"(?:spoke|talked|met)\s+with\s+.*?\babout\s+the\s+(?:help|support)\b[^.]*?\bfrom\s+"
    rf"(?P<practitioner>{_NAME})(?:\s*\((?P<team>[^,)]+?)(?:,\s*(?P<service>[^)]+?))?\))?\s*\.?\s*$")

# A conversation's record in one sentence: "Conversation held on 22nd of
# October 2026 at 14:00 between Liam Doherty (QA Practice Lead) and Sophie
# Tranter, Advanced Practitioner (Family Safeguarding Team 1, Assessment and
# Child Protection), about Jayden McAllister." The one who led it is named
# first; the child is not kept.
_HELD_BETWEEN = re.compile(
    r"^\s*(?i:the\s+)?(?i:conversation|discussion|audit|review|meeting)\s+(?:was\s+)?held\s+on\s+(?P<date>.+?\d{4})"
    r"(?:\s+at\s+[\d:.]+\s*(?:am|pm)?)?\s+between\s+"
    rf"(?P<auditor>{_NAME})\s*(?:\([^)]*\))?,?\s+and\s+(?P<practitioner>{_NAME})"
    r"(?:,\s*(?:[^,(]+?))?(?:\s*\((?P<team>[^,)]+?)(?:,\s*(?P<service>[^)]+?))?\))?\s*,?\s+about\b")

# A briefing's account of its audit: "Nasreen Akhtar (Head of Service) led
# the audit for the Safeguarding and Quality Assurance service.", "We read
# 6 children's records on Wednesday 28th October 2026, then talked to …".
_LED_THE_AUDIT = re.compile(
    rf"^\s*(?P<auditor>{_NAME})\s*(?:\([^)]*\))?\s+(?:led|chaired|carried out|completed)\s+the\s+(?:audit|review)"
    r"(?:\s+(?:for|of|in)\s+the\s+(?P<service>[A-Z][^.]*?)\s+service)?\s*\.?\s*$")
_WE_READ = re.compile(
    r"^\s*We\s+(?:read|audited|reviewed|looked at|sampled)\s+(?P<cases_sampled>\d{1,3})\s+"
    r"(?:children['\u2019]s\s+|child\s+)?(?:records|cases|case files|files)"
    r"(?:\s+on\s+(?P<date>[^,.;]*?\d{4}))?\b")

# ("Of the 6 cases audited, 3 were rated good or outstanding": the sample's size.)
_OF_THE_CASES = re.compile(
    r"^\s*Of\s+the\s+(?P<cases_sampled>\d{1,3})\s+(?:children['\u2019]s\s+)?(?:cases|records|case\s+files|files|families)"
    r"\s+(?:audited|sampled|reviewed|read)\b")


_MET_ON = re.compile(r"^\s*(?:We|The (?:review team|panel|auditors|audit team|audit group))\s+met\s+on\s+"
                     r"(?P<date>[^,;]*?\d{4})(?!\d)")


# An opening paragraph that says what the audit looked at in sentences:
# "This audit looks at the supervision Ali Khan (Assessment Team 1,
# Assessment and Child Protection service) has received from their
# supervisor, Joanne Fletcher. Audit completed by Jane Smith (Practice
# Manager) on 16 October 2026."
_MODERATED_BY = re.compile(
    rf"(?:^|[.;]\s+)(?:Moderated|Completed)\s+by\s+(?P<auditor>{_NAME}),\s*(?:[^,/]{{1,40}}/\s*)?"
    r"(?:(?:Interim|Acting)\s+)?Head\s+of\s+Service"
    r"(?:,\s*(?P<service>[A-Z][^,.;]*?))?,?\s+on\s+(?P<date>\S+(?:\s+\S+){0,3}?)(?=\.?\s*$|\.\s)")
# ("This record sets out my moderation, as Head of Service for Early Help,
# of the 4 case file audits completed by managers in October 2026.": the
# service and the number, too.)
_MY_MODERATION_OF = re.compile(
    r"(?i)\b(?:my\s+moderation(?:,\s+as\s+head\s+of\s+service\s+(?:for|of)\s+(?P<service>[^,]{3,60}),)?\s+of"
    r"|I\s+(?:have\s+)?moderated)\s+(?:the\s+)?(?P<audits_moderated>\d{1,2})"
    r"\s+(?:of\s+the\s+)?(?:case\s+(?:file\s+)?)?(?:audits|cases|case\s+files)\b")
_COMPLETED_BY = re.compile(
    rf"(?:^|[.;]\s+)(?i:(?:the|this)\s+)?(?i:audit|review|observation)\s+(?:was\s+)?"
    rf"(?:completed|undertaken|carried\s+out|conducted|done)\s+by\s+(?P<auditor>{_NAME})\s*(?:\([^)]*\))?"
    r"\s+on\s+(?P<date>[^.;]*?\d{2,4})(?=\s*(?:[.;]|$))")
_SUPERVISION_OF = re.compile(
    rf"\bthe\s+supervision\s+(?:that\s+)?(?P<practitioner>{_NAME})"
    r"(?:\s*\((?P<team>[^,)]+?)(?:,\s*(?P<service>[^)]+?)(?:\s+service)?)?\))?"
    r"\s+(?:has\s+)?(?:received|had|been\s+given)\s+from\s+(?:their|his|her)\s+(?:supervisor|line\s+manager),?\s+"
    rf"(?P<supervisor>{_NAME})")


# "I read the supervision records of Sophie Tranter (team: Family
# Safeguarding Team 1; service: …), supervised by Paul Gregson, for the
# period July to October 2026."
_RECORDS_OF = re.compile(
    rf"\bsupervision\s+records?\s+of\s+(?P<practitioner>{_NAME})"
    r"(?:\s*\((?:team:\s*(?P<team>[^;)]+?))?(?:;?\s*service:\s*(?P<service>[^;)]+?))?\))?"
    rf",?\s+supervised\s+by\s+(?P<supervisor>{_NAME})"
    r"(?:,?\s+for\s+the\s+period\s+(?P<period_covered>[^.;]+))?")


# A service's name: words in capitals and the little words between them
# ("Children in Care", "Assessment and Child Protection").
_SERVICE_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+(?:and|of|in|for|the|&|[A-Z][\w'\u2019-]*))+")


# An audit's details told in two sentences: "Audit of the case record of
# Kayden Tattersall (DOB 28 September 2023), Child ID 5229554, completed by
# Sarah Hollins (Safeguarding Practice Manager) on 12 October 2026. The
# allocated social worker is James Whittaker in Family Safeguarding Team 2."
_AUDIT_OF = re.compile(
    rf"^\s*(?i:audit|review)\s+of\s+(?:the\s+)?(?i:case\s+record|case\s+file|record|file|case)\s+of\s+"
    rf"(?P<child_name>{_NAME})\s*(?:\((?i:dob|d\.o\.b\.|born|date\s+of\s+birth):?\s*(?P<date_of_birth>[^)]*)\))?,\s*"
    r"(?P<case_label>[A-Za-z][A-Za-z .'\u2019]{1,30}?)\s+(?P<case_id>[A-Z]{0,4}[-/]?\d[\w/-]*),\s*"
    rf"(?:completed|undertaken|carried\s+out|done)\s+by\s+(?P<auditor>{_NAME})\s*(?:\([^)]*\))?"
    r"\s+on\s+(?P<date>\S.*?\d{2,4})(?=\s*\.(?:\s|$))")
_WORKER_IS = re.compile(
    r"(?:^|[.;]\s+)The\s+(?:allocated\s+|lead\s+|case\s+holding\s+)?(?:social\s+worker|practitioner|worker|professional)"
    rf"\s+is\s+(?P<practitioner>{_NAME})(?:\s+in\s+(?:the\s+)?(?P<team>[A-Z][^.(,]*?)|,\s*(?P<listed>[A-Z][^.(,]*?))?"
    r"(?:\s*\((?P<bracketed>[^)]*)\))?\s*\.?\s*$")


# "1.2 Who led the review?", "1.1 What theme is this review testing?": a
# question asking for one of the form's details.
_ASKS_A_DETAIL = re.compile(r"(?i)^\s*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:who|whose|when|which|how many"
                            r"|what (?:theme|period|date|service|team|kind|type|sort))\b"
                            r"[^?]*\?\s*$")


def _first_person(text: str) -> dict[str, str]:
    """The date, observer, practitioner and team an observer's sentence
    about their observation gives, or the lead, service, cases and date a
    briefing's sentences about its audit give, or who was supervised by
    whom and who audited it when, in an audit's opening sentences; empty
    for any other line."""
    found = _FIRST_PERSON.match(text) or _LED_THE_AUDIT.match(text) or _WE_READ.match(text) or _MET_ON.match(text) \
        or _OF_THE_CASES.match(text) or _SPOKE_WITH.match(text) or _HELD_BETWEEN.match(text)
    if found:
        return {name: value.strip() for name, value in found.groupdict().items() if value}
    said: dict[str, str] = {}
    for pattern in (_SUPERVISION_OF, _RECORDS_OF, _COMPLETED_BY, _AUDIT_OF, _WORKER_IS):
        match = pattern.search(text)
        if match:
            said.update({name: value.strip() for name, value in match.groupdict().items() if value})
    return said


def _tabbed_labels(paragraph: Paragraph, labels: Labels) -> list[Paragraph] | None:
    """The parts of a line holding several "label: value" pairs separated
    by tabs or runs of spaces, each a paragraph of its own; None unless
    every part is such a pair (or a label left blank: "Service area: ")
    and one at least is a field's with its value."""
    text = paragraph.text
    if "\t" not in text.strip() and not re.search(r"\S {3,}\S|\S\s+\|\s+\S", text):
        return None
    parts, start = [], 0
    # (Or spaces typed to line the boxes up: "Reviewer: Mark Ellison     Date:
    # 19/10/2026"; or a bar between: "Team: Early Help Team South   |   Date: …".)
    for match in re.finditer(r"\s+\|\s+|\t+| {3,}", text):
        parts.append((start, match.start()))
        start = match.end()
    parts.append((start, len(text)))
    parts = [(begin, end) for begin, end in parts if text[begin:end].strip()]
    # ("Conversation held by:<tab>Lynne Cartwright<tab>Role:<tab>Early Help
    # Manager": a tab between each label and its value, too.)
    joined: list[tuple[int, int]] = []
    for begin, end in parts:
        # (A value may hold a colon of its own before words in lower case:
        # "Theme:<tab>Children in need: outcomes and step down".)
        if joined and text[joined[-1][0]:joined[-1][1]].strip().endswith(":") \
                and (":" not in text[begin:end] or re.search(r":\s+[a-z]", text[begin:end])):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((begin, end))
    pieces = [Paragraph(runs_between(paragraph.runs, begin, end)) for begin, end in joined]
    if len(pieces) < 2:
        return None
    known = 0
    for piece in pieces:
        found = labels.label_of(piece) or labels.weak_label_of(piece)
        if found and any(run.text.strip() for run in found[1]):
            known += 1
        elif not found and not re.fullmatch(r"[^:]{1,40}:.*", piece.text.strip()):
            return None  # a part that is no "label: value" at all, nor a label left blank
    # Parts whose label no field explains ("Observed practice: Group
    # session") are read as lines of their own and never join a value.
    return pieces if known else None


def _section_line(paragraph: Paragraph, labels: Labels, extraction: Extraction) -> bool:
    """`Voice of the child: Good` for a configured section name."""
    text = paragraph.text
    for separator in (":", " - ", "\t"):
        name, found, rest = text.partition(separator)
        if found and labels.definitions.canonical_section(name) and labels.grades.read(rest).value:
            grade = runs_from(paragraph.runs, len(text) - len(rest))
            extraction.sections.append(SectionRow(name.strip(), [Paragraph(grade)]))
            return True
    return False


# An area's title after its number: "KLOE 1 – …", "Area 3: …", "C2. …".
_AREA_NUMBER_TITLE = re.compile(r"(?i)\s*(?:(?:kloe|loe|area|standard|domain|line of enquiry|section|part)\s*)?"
                                r"[A-Z]?\d{1,2}(?:\.\d{1,2})?\s*(?:[.):\u2013\u2014-])\s*\S")


def _table(table: Table, labels: Labels, extraction: Extraction, heading: str | None = None,
           part: str | None = None, *, moderators_next: bool = False) -> None:
    """Read a table; `heading` is the title just above it, the area a
    closing "quality rating for this section" row grades; `part` the title
    of the part it is in, when guidance stands between them;
    `moderators_next` whether the Head of Service's own part follows it."""
    rows = table.rows
    own = rows[0].filled()[0].text if rows and len(rows[0].filled()) == 1 else None
    at = _moderators_part_at(rows[1:]) if any(title and _BARE_SIGN_OFF.fullmatch(title)
                                                for title in (heading, part, own)) else None
    if at is not None:
        # "Sign-off", "Signature | Colin Heap", then "Head of Service review"
        # across the same table: the auditor's part, then the moderator's.
        _table(Table(rows[:at + 1]), labels, extraction, heading, part, moderators_next=True)
        _table(Table(rows[at + 1:]), labels, extraction)
        return
    cards = [_case_card(rows, labels)] if labels.kind.moderates_cases else []
    if cards and cards[0] is None:
        cards = _cards_side_by_side(rows, labels)
    if cards and None not in cards:
        extraction.cases.extend(cards)
        return
    first = 1 if len(rows) > 2 and _title_row(rows[0], labels) is not None else 0
    if _names_and_grades(rows[first:], labels):
        # "1. The assessment | Good" on each row, no header: the areas' grades
        # gathered in a table of their own, perhaps under its title ("Summary
        # of grades").
        for index in range(first, len(rows)):
            name, grade = rows[index].filled()
            if _grade_label(name, labels):
                _label_rows(rows, index, labels, extraction)
            else:
                extraction.sections.append(SectionRow(name.text.strip(), grade.paragraphs))
        return
    index = 0
    title: str | None = heading
    described = _descriptors(rows, labels)
    found = len(extraction.findings)
    areas = len(extraction.sections)
    boxed: list[tuple[Finding, str]] = []
    moderating = False
    while index < len(rows):
        if index in described:
            index += 1  # "Good | Practice meets the standard...": the key
            continue
        if labels.grades.key_rows and " | ".join(cell.text for cell in rows[index].filled()).strip() \
                in labels.grades.key_rows:
            index += 1  # "Green | Good": a row of the form's key
            continue
        if index + 1 < len(rows) and _bands_over_cases(rows[index], rows[index + 1], labels):
            # "Auditing manager's judgement | Head of Service moderation" over
            # the cases' own header: titles of groups of columns, no grade.
            title = None
            index += 1
            continue
        under = _graded_under_its_area(rows, index, labels)
        if under is not None:
            extraction.sections.append(under)
            title = None
            index += 2
            continue
        consumed = _titled_grade(rows, index, title, labels, extraction) if title or len(rows[index].filled()) == 1 \
            else 0
        if consumed:
            title = None
            index += consumed
            continue
        new = _title_row(rows[index], labels)
        if new is not None and title == heading and _band_of_its_kind(rows, index):
            # "3. What we looked at across the sample" over a table of
            # questions, each in a shaded band across it, its evidence and
            # grade under it: the first band names an area as the others do.
            title = new
        else:
            title = _titled(new, title, labels)
        scored = _scores_by_case(rows, index, labels, extraction)
        if scored:
            # (Its numbered columns are the cases, not a key's grades.)
            index = scored
            continue
        kind = labels.header_kind(rows[index])
        marked = _cases_marked(rows, index, labels, extraction) \
            if kind == MATRIX and labels.kind.moderates_cases else 0
        marked = marked or (_cases_by_whom(rows, index, labels, extraction)
                            if kind == MATRIX and labels.kind.moderates_cases else 0)
        marked = marked or (_cases_in_pairs(rows, index, labels, extraction) if labels.kind.moderates_cases else 0)
        marked = marked or (_cases_in_two_banks(rows, index, labels, extraction) if labels.kind.moderates_cases else 0)
        marked = marked or (_cases_across(rows, index, labels, extraction) if labels.kind.moderates_cases else 0)
        if marked:
            index = marked
            continue
        consumed = _overall_options(rows, index, labels, extraction) if kind == MATRIX else 0
        consumed = consumed or (_area_options(rows, index, title, labels, extraction) if kind == MATRIX and title else 0)
        if consumed:
            index += consumed
            continue
        own = _numbered_over_its_grade(rows, index, labels)
        if own is not None:
            # "1. Knowing the child and their world | Grade" over what was
            # heard and its grade: the table titles its own area.
            title = own
        rated = _rated_table(rows, index, labels) if title and kind in (None, SECTIONS) \
            and "overall" not in normalise(title).split() else None
        if rated is not None:
            # "Evidence | Commentary & Analysis | Rating" under "1. Assessment".
            grade, comments, boxes, index = rated
            extraction.sections.append(SectionRow(title, grade, comments))
            for field_name, paragraphs in boxes:
                extraction.add(field_name, paragraphs, weak=True, in_area=True)
            title = None
            continue
        if kind:
            graded = len(extraction.sections)
            # (A grid of marks alone under a numbered part's title, its prompt
            # between them, grades that part: "C1. The child's lived
            # experience", then "O | G | RI | I" and the mark.)
            index = _structure(rows, index, kind, labels, extraction,
                               title or (part if kind == MATRIX and part and NUMBERING.match(part) else None))
            if len(extraction.sections) > graded and extraction.sections[-1].name == title:
                title = None
        else:
            before = len(extraction.findings)
            filled = rows[index].filled()
            if moderating and len(filled) >= 2 and normalise(filled[0].text) in _REMARKS \
                    and not labels.cell_field(filled[0]):
                # "Head of Service moderation | Claire Whitworth", "Date | …",
                # then "Comments | …": the moderator's comments.
                extraction.add("moderator_comments", [paragraph for cell in filled[1:] for paragraph in cell.paragraphs])
                index += 1
                continue
            index = _label_rows(rows, index, labels, extraction)
            moderating = moderating or any(finding.field in MODERATION_FIELDS
                                           for finding in extraction.findings[before:])
            if title:
                boxed.extend((finding, title) for finding in extraction.findings[before:])
    graded = {section.name for section in extraction.sections[areas:]}
    for finding, area in boxed:
        if area in graded and labels.field_type(finding.field) in ("list", "short_list"):
            # "1. The family plan", its "What is working well?" box, then
            # its grade: the area's own box, not the form's summary.
            finding.in_area = True
    if len(extraction.sections) == areas + 1:
        # One area's box ("Findings | Good practice | … | RAG rating"): its
        # lists add to those of the other areas' boxes.
        for finding in extraction.findings[found:]:
            if labels.field_type(finding.field) in ("list", "short_list"):
                finding.in_area = True
    # The part's title: the heading over the table, or its own first row
    # ("Early Help Service Manager moderation" across a workbook's block).
    own = _title_row(rows[0], labels) if rows else None
    if own is None and len(rows) > 2 and len(rows[0].filled()) == 1 and len(rows[0].filled()[0].text) <= 80:
        # ("Head of Service moderation" across a sheet's block is a label too,
        # of the moderator's comments; over "Date", it titles the part.)
        own = rows[0].filled()[0].text.strip()
    for title in (heading, part, own):
        if title and _MODERATION_TITLE.search(title) and not _NAMES_THE_AUDIT.search(title) \
                and not _names_the_form(title, labels) and not _auditors_sign_off(title, labels):
            # (A moderation overview's title heads its own details.)
            signed = _signed_as_the_auditor(rows, labels)
            if not (_BARE_SIGN_OFF.fullmatch(title) and (moderators_next or any(
                    _signed_by_the_auditor(row.filled()[0].text, labels) for row in rows if len(row.filled()) == 2)
                    or signed)):
                _moderation_part(extraction, found, labels, rows)
            elif signed and any(finding.field == "date" for finding in extraction.findings[:found]):
                # "Part 5 – Sign-off": "Observer | Sarah Hollins", "Date | 17th
                # Oct 2026": the day the form was signed, not the day of the
                # visit the form gave before.
                extraction.findings[found:] = [finding for finding in extraction.findings[found:]
                                               if finding.field != "date"]
            break
    else:
        if _a_moderators_box(rows, extraction.findings[found:], labels):
            _moderation_part(extraction, found, labels, rows)


def _a_moderators_box(rows: list[Row], findings: list[Finding], labels: Labels) -> bool:
    """Whether a short table untitled as moderation is the moderator's box
    all the same: it asks whether they agree with the grade ("Evaluation
    agreed? | Yes", "Do you agree with the overall evaluation?") and holds
    no more than one person, one date and the grades and remarks of a
    moderation ("Signed off by | Mark Ellison", "Date | …", "Moderated
    evaluation | ", "Comments | …" under "IX. LOG chair's oversight")."""
    if labels.kind.moderates_cases or len(rows) > 8 \
            or not any(row.filled() and _AGREES.match(row.filled()[0].text.strip()) for row in rows):
        return False
    fields = [finding.field for finding in findings]
    return all(field in _MODERATIONS or field in MODERATION_FIELDS for field in fields) \
        and sum(field in ("date", "moderation_date") for field in fields) <= 1 \
        and sum(field in ("auditor", "moderator") for field in fields) <= 1


# In a moderation's part, the auditor's fields are the moderator's: "QA
# completed by" there names the Head of Service who moderated.
_MODERATIONS = {"date": "moderation_date", "grade": "moderated_grade", "auditor": "moderator"}
# What a moderation part's own bare labels ("Name", "Comments") are.
_MODERATORS = ("moderator", "moderator_comments")


def _opens_moderators_part(blocks: list[Block]) -> bool:
    """Whether the first of `blocks` with words in it titles the Head of
    Service's own part: a title line, or a table's first row across it."""
    block = next((block for block in blocks if not isinstance(block, Paragraph) or block.text.strip()), None)
    if isinstance(block, Paragraph):
        return _is_title(block) and _moderators_part_at([Row([Cell([block])])]) is not None
    return block is not None and bool(block.rows) and _moderators_part_at(block.rows, first_only=True) is not None


def _moderators_part_at(rows: list[Row], *, first_only: bool = False) -> int | None:
    """The place of the row of `rows` (or the first) whose title across it
    opens the Head of Service's own part ("Head of Service", "HoS review"),
    printed unlike the labels beside their values ("HoS judgement | " is a
    label left blank); None where there is none."""
    labelled = {(row.filled()[0].shading or "").upper() for row in rows if len(row.filled()) >= 2}
    return next((place for place, row in enumerate(rows[:1] if first_only else rows)
                 if len(row.filled()) == 1 and len(row.filled()[0].text) <= 60 and row.filled()[0].bold
                 and (row.filled()[0].shading or "").upper() not in labelled
                 and _MODERATION_TITLE.search(row.filled()[0].text)
                 and not _BARE_SIGN_OFF.fullmatch(row.filled()[0].text)), None)


def _auditors_sign_off(title: str, labels: Labels) -> bool:
    """Whether a sign-off is titled by the auditor's role: "Checker's
    sign-off", "Reviewer's sign-off" close the auditor's own part."""
    whose = _WHOSE_SIGN_OFF.fullmatch(title.strip())
    return whose is not None and (labels.field(whose.group("who")) or labels.meant(whose.group("who"))) == "auditor"


_WHOSE_SIGN_OFF = re.compile(r"(?i)(?:\d{1,2}[.)]\s*)?(?P<who>[\w ]{3,30}?)(?:['\u2019]s?)?\s+sign[\s-]?off")


def _moderation_part(extraction: Extraction, start: int, labels: Labels, rows: list[Row]) -> None:
    """The date and grade in a Head of Service's or senior manager's part
    ("9. Sign-off by Assistant Director": "Date", "Senior manager's grade")
    are the moderation's, never the audit's: kept as such where the form
    has them, else dropped; so is the person who completed it. Its "Name"
    and "Comments" are the moderator's."""
    kept = []
    for finding in extraction.findings[start:]:
        if finding.field in _MODERATIONS:
            finding.field = _MODERATIONS[finding.field]
            if finding.field not in labels.kind.fields:
                continue
        kept.append(finding)
    extraction.findings[start:] = kept
    for row in rows:
        filled = row.filled()
        if len(filled) == 1:
            # The Head of Service's box of lines: "Name: Mark Ellison", "Date:
            # …", "Comments: Read. I was told about the concern on the day …".
            for paragraph in filled[0].paragraphs:
                label, colon, said = paragraph.text.partition(":")
                if colon and normalise(label) in _REMARKS and said.strip() and "moderator_comments" in labels.kind.fields:
                    extraction.add("moderator_comments", [Paragraph(runs_from(paragraph.runs, len(label) + 1))])
            continue
        if len(filled) != 2 or labels.cell_field(filled[0]):
            continue
        # ("Chair's comments": whoever chairs, in this part the remarks are the moderator's.)
        remarks = normalise(filled[0].text).split()[-1:] in (["comments"], ["comment"], ["remarks"])
        if labels.cell_meaning(filled[0]) and not remarks:
            continue
        label = "Moderator comments" if remarks else f"Moderator {filled[0].text.strip()}"
        field = labels.field(label) or labels.meant(label)
        if field in _MODERATORS and field in labels.kind.fields and labels.fits(field, filled[1].text):
            extraction.add(field, filled[1].paragraphs)
            # The moderator, not one of the family.
            extraction.named = [(named, value) for named, value in extraction.named if value != filled[1].paragraphs]


# A column of what the form prints to guide the auditor beside an area's
# evidence and rating: "What good looks like", "Prompts", "Descriptors".
_GUIDANCE_COLUMN = re.compile(r"(?:what )?good (?:practice )?looks like|(?:key )?prompts?|guidance|descriptors?"
                              r"|what to look for|things to consider|(?:key )?questions? to consider")

_Rated = tuple[list[Paragraph], list[Paragraph], list[tuple[str, list[Paragraph]]], int]


def _names_and_grades(rows: list[Row], labels: Labels) -> bool:
    """Whether every row is a name and a grade beside it, two names at least
    not the label of a field (nor a case's reference: an overview's cases
    are read as cases)."""
    areas = 0
    for row in rows:
        filled = row.filled()
        if len(filled) != 2 or len(filled[1].text.split()) > 6 or not labels.grades.read(filled[1].text).value \
                or labels.grades.read(filled[0].text).value or "\n" in filled[0].text.strip():
            return False
        if _grade_label(filled[0], labels):
            continue
        if labels.cell_field(filled[0]) or labels.fits("case_id", filled[0].text):
            return False
        areas += 1
    return areas >= 2


def _grade_label(cell: Cell, labels: Labels) -> bool:
    """Whether a cell labels the form's own grade ("Overall grade",
    "Moderated judgement"), not an area's."""
    overall = "overall" in normalise(cell.text).split()
    field = labels.cell_field(cell) or (labels.meant(cell.text) if overall else None)
    return field in ("grade", "moderated_grade")


def _rated_table(rows: list[Row], index: int, labels: Labels) -> _Rated | None:
    """A table of what the auditor writes ("Evidence", "Commentary &
    Analysis", "Rationale", or boxes such as "Good practice") and one
    rating column, under the title of what it rates: (the rating's
    paragraphs, the comments' paragraphs, each box's field and paragraphs,
    the index after its rows), or None when `rows[index]` heads no such
    table."""
    header = rows[index].filled()
    boxes = [_box_of_an_area(cell, labels) for cell in header]
    if header and labels.section_role(labels.fold(header[0].text)) == "section" \
            and (boxes[0] is None or labels.field_type(boxes[0]) == "short_list"):
        # "Agency | Findings | Grade": an area a row, each its own grade
        # (never "Good practice | … | Grade", the area's own boxes).
        return None
    roles = [box or ("guidance" if _GUIDANCE_COLUMN.fullmatch(normalise(cell.text)) else None)
             or labels.section_role(labels.fold(cell.text)) for cell, box in zip(header, boxes)]
    other = header[roles.index(None)] if len(roles) == 2 and roles.count(None) == 1 and "grade" in roles else None
    if other is not None and other.bold and header[roles.index("grade")].bold \
            and re.search(r"[a-z]{3}", other.text) and not labels.cell_field(other) and not labels.meant(other.text) \
            and labels.grades.read(other.text) == labels.grades.read("") \
            and index + 1 < len(rows) and (index + 2 == len(rows) or not rows[index + 2].filled()):
        # "What the record shows | Grade", both printed as headings, over
        # one row: what the auditor wrote beside its grade, whatever the
        # column is called (never "Moderated score | 1 2 3 4", a grade's
        # label and its options).
        roles[roles.index(None)] = "comments"
    if len(roles) < 2 or roles.count("grade") != 1 \
            or any(box is None and role not in ("grade", "comments", "guidance") for box, role in zip(boxes, roles)):
        return None
    guidance = {cell.column for cell, role in zip(header, roles) if role == "guidance"}
    rating = header[roles.index("grade")]
    if "overall" in normalise(rating.text).split() or labels.cell_field(rating) not in (None, "grade"):
        return None
    end = index + 1
    while end < len(rows) and rows[end].filled() and not labels.header_kind(rows[end]) \
            and not _title_row(rows[end], labels) and not _rates(rows[end], labels):
        end += 1
    if end == index + 1:
        return None
    body = rows[index + 1:end]
    grade = [paragraph for row in body for cell in [cell_at(row, rating.column)] if cell is not None
             for paragraph in cell.paragraphs]
    comments = [paragraph for row in body for cell in row.filled() if cell.column != rating.column
                and cell.column not in guidance
                and _box_of_an_area(cell_at(rows[index], cell.column), labels) is None for paragraph in cell.paragraphs]
    lists = [(box, [paragraph for row in body for paragraph in _paragraphs_at(row, cell.column)])
             for cell, box in zip(header, boxes) if box is not None]
    return grade, comments, lists, end


def _numbered_over_its_grade(rows: list[Row], index: int, labels: Labels) -> str | None:
    """The area a table heads in its own first row, numbered and printed as
    a heading beside the head of its grade column ("1. Knowing the child
    and their world | Grade"), over one row of what was found and its
    grade; None for any other table."""
    header = rows[index].filled()
    if len(header) != 2 or index + 1 >= len(rows) or (index + 2 < len(rows) and rows[index + 2].filled()):
        return None
    name, rating = header
    if not NUMBERING.match(name.text) or not name.bold or not rating.bold or labels.cell_meaning(name) \
            or labels.section_role(labels.fold(rating.text)) != "grade" or "overall" in normalise(rating.text).split():
        return None
    return name.text.strip()


def _box_of_an_area(cell: Cell | None, labels: Labels) -> str | None:
    """The list field a header cell labels ("Good practice", "Areas for
    development", "Recommendations"), boxes an area of practice holds."""
    if cell is None:
        return None
    field = labels.cell_meaning(cell)
    return field if field and labels.field_type(field) in ("list", "short_list") else None


def _descriptors(rows: list[Row], labels: Labels) -> set[int]:
    """The rows of a grading key printed as a table: each grade beside a
    sentence describing it ("Good | Practice meets the standard we
    expect..."), three or more grades, none marked, and the row heading
    them ("Grade | Descriptor")."""
    found: dict[int, str] = {}
    for index, row in enumerate(rows):
        filled = row.filled()
        if len(filled) != 2 or labels.marked_beside(filled[0].text):
            continue
        grade = labels.grades.heads_column(filled[0].text) if len(filled[0].text.split()) <= 7 else None
        if grade and len(filled[1].text.split()) >= 5:
            found[index] = grade
    if len(set(found.values())) < 3:
        return set()
    first = min(found)
    if first > 0 and len(rows[first - 1].filled()) == 2 and not any(
            labels.grades.read(cell.text).value for cell in rows[first - 1].filled()):
        found[first - 1] = ""
    return set(found)


def _band_of_its_kind(rows: list[Row], index: int) -> bool:
    """Whether `rows[index]` is one filled cell, shaded, and another row
    after it in the table is one filled cell shaded alike: the bands
    titling the table's areas one after another."""
    def band(row: Row) -> str | None:
        filled = row.filled()
        return filled[0].shading if len(filled) == 1 and filled[0].shading else None

    shade = band(rows[index])
    return shade is not None and any(band(row) == shade for row in rows[index + 1:])


def _titled(new: str | None, title: str | None, labels: Labels) -> str | None:
    """The title an area's rows are under after a row titled `new`: a
    question printed under an area's name ("1. Working with the family",
    then "Were the parents part of the decisions?") is its prompt, and a
    list's box under a numbered area's name ("What are we worried about",
    left empty) is one of its boxes; the area keeps its name."""
    if new is None:
        return title
    if title is not None and new.endswith("?") and not NUMBERING.match(new) \
            and (NUMBERING.match(title) or not title.endswith("?")):
        return title
    if title is not None and NUMBERING.match(title) and not NUMBERING.match(new) \
            and (labels.meant(new) or "") in labels.kind.fields \
            and labels.field_type(labels.meant(new)) in ("list", "short_list"):
        return title
    return new


def _one_option_marked(cell: Cell, labels: Labels) -> bool:
    """Whether `cell` prints the grades to choose from, three or more, with
    one of them picked out: highlighted, or alone in bold, or the only one
    not struck through."""
    if labels.grades.read(cell.text).problem != NONE_CHOSEN:
        return False
    runs = [run for paragraph in cell.paragraphs for run in paragraph.runs if run.text.strip()]
    standing = [run for run in runs if not run.strike] if any(run.strike for run in runs) else []
    marked = " ".join(run.text for run in standing) or emphasised(runs)
    return len(set(labels.grades.grades_in(marked))) == 1


def _title_row(row: Row, labels: Labels) -> str | None:
    """The text of a row that is one title across the table ("Part 1 –
    Frequency of supervision"): one filled cell, no label, no grade."""
    filled = row.filled()
    while len(filled) > 2 and _COMMENTS_HEAD.search(filled[-1].text) and _numbers_the_next(filled[0], filled[1]):
        # "2 | The child's lived experience | Answer | Head of Early Help
        # comment": the head of a column of remarks beside the area's title.
        filled = filled[:-1]
    answers = 0
    while answers < len(filled) and normalise(filled[-1 - answers].text) in _ANSWER_HEADS:
        answers += 1
    if (answers >= 2 or (len(filled) >= 2 and normalise(filled[-1].text) in _ANSWER_COLUMN)) \
            and len(filled) - max(answers, 1) == 2 and _numbers_the_next(filled[0], filled[1]):
        # "1 | Analysis of need and risk | YES | PARTLY | NO" (or "| Answer"):
        # the area's title over its checks, the answers' columns beside it
        # ("Audit area | Y | N | N/A" heads the columns of every area).
        filled = filled[:-max(answers, 1)]
    elif answers >= 2 and len(filled) == answers + 1 and filled[0].bold \
            and not set(normalise(filled[0].text).split()) <= _COLUMN_HEAD_WORDS:
        # "Standard 1 – Formal and regular supervision | Yes | Partially |
        # No": the area's title over its checks, the answers' columns beside
        # it (not "Question | Yes | No", the heads of a checklist's columns).
        filled = filled[:1]
    if len(filled) == 2 and _numbers_the_next(filled[0], filled[1]):
        filled = filled[1:]  # "KLOE 1 | Voice of the child": the number in a cell of its own
    if len(filled) != 1:
        return None
    lines = [paragraph for paragraph in filled[0].paragraphs if paragraph.text.strip()]
    if len(lines) > 2 and not lines[0].bold and lines[1].bold \
            and _numbers_the_next(Cell([lines[0]]), Cell([lines[1]])):
        lines = lines[1:]  # "KLOE 1", then the area's name in bold and its question: the name
    if len(lines) > 1 and lines[0].bold and not any(line.bold for line in lines[1:]):
        lines = lines[:1]  # "Q1. How well is the child seen...?" in bold over its hint
    text = "\n".join(line.text.strip() for line in lines)
    # A question is never a grade ("... share what they know, and in good time?").
    # (Its number is no score on the form's key: "3.1  Hearing the child".)
    if "\n" in text or len(text) > 120 or labels.cell_field(filled[0]) \
            or (labels.grades.read(NUMBERING.sub("", text, count=1)).value and not text.endswith("?")) \
            or (text.endswith(".") and len(text.split()) > 4) or labels.grades.is_key(text):
        return None  # a sentence of evidence (or the form's key), not a title
    return text


# The head of a column of remarks: "Head of Early Help comment", "HoS comments".
_COMMENTS_HEAD = re.compile(r"(?i)\bcomments?\W*$")
# The heads of the answers' columns beside an area's checks.
_ANSWER_HEADS = frozenset({"yes", "no", "partly", "partially", "n a", "met", "not met", "partly met", "partially met",
                           "y", "n", "p"})
# The words of the head of a checklist's first column ("Question", "Audit
# area", "Practice standard"), no area's own title.
_COLUMN_HEAD_WORDS = frozenset("question questions criteria criterion standard standards area areas audit prompt prompts "
                               "item items check checks domain element indicator indicators evidence requirement "
                               "requirements practice of the to consider key".split())
# One column for them: "Answer", "Y / P / N".
_ANSWER_COLUMN = frozenset({"answer", "answers", "y p n", "y n", "yes no", "yes partly no", "y n p"})


def _numbers_the_next(number: Cell, title: Cell) -> bool:
    """Whether `number` holds only the numbering of the title beside it
    ("KLOE 1", "Area 2", "3.")."""
    first = number.text.strip()
    numbered = NUMBERING.match(f"{first} {title.text.strip()}")
    return bool(first) and numbered is not None and numbered.end() > len(first)


# The title of a Head of Service's or senior manager's part of the form.
# A question is an area the audit asks about, never the moderation's part:
# "Q5. Did a manager sign off the decision, with reasons?"
_MODERATION_TITLE = re.compile(r"(?is)^(?!.*\?\s*$).*?(?:\bmoderat|\bcounter-?sign|\bsign-?\s?off\b|\bhead of service\b|\bhos\b)")
# "Sign-off" naming no one: the moderation's part, unless the Head of
# Service has a part of their own within it or after it, or the part holds
# who completed the form ("Completed by | Colin Heap"): then it is the
# auditor's.
# ("Audited by", "Reviewed by": the audit's own author signing it off.)
_COMPLETED_BY_LABEL = re.compile(r"(?i)\s*(?:(?:form|audit|checklist|review|sheet|(?:quality\s+)?check)\s+)?"
                                 r"(?:completed|audited|reviewed|checked)\s+by\s*:?\s*")
_BARE_SIGN_OFF = re.compile(r"(?i)\s*(?:\d{1,2}[.)]?\s*|part\s+(?:\d{1,2}|[a-h])\s*[-\u2013:]\s*)?sign-?\s?off\s*")
# A title naming the audit itself ("Audit and moderation details").
_NAMES_THE_AUDIT = re.compile(r"(?i)\baudit(?:or)?s?\b|\bdetails\b")


def _signed_by_the_auditor(label: str, labels: Labels) -> bool:
    """Whether a sign-off's label is the audit's own author's: "Completed
    by", or a signature whose brackets name the auditor ("Signed (checker)",
    "Signature (auditor)")."""
    bracket = re.search(r"\(([^()]+)\)", label)
    return _COMPLETED_BY_LABEL.fullmatch(label) is not None \
        or (bracket is not None and (labels.field(bracket.group(1)) or labels.meant(bracket.group(1))) == "auditor")


def _signed_as_the_auditor(rows: list[Row], labels: Labels) -> bool:
    """Whether a bare "Sign-off" part is signed by the audit's own author
    under their own label ("Observer | Karen Holt | Date | …", then
    "Practitioner comments | …"): theirs, and the practitioner's, no
    moderator's."""
    return any(len(row.filled()) >= 2 and labels.cell_field(row.filled()[0]) == "auditor" for row in rows)


def _agreed_in_area(field: str | None, label: str, title: str | None) -> str | None:
    """`field`, the field of a grade's `label`, read in the part of a table
    titled `title`: "Agreed grade" under "1. How well is the child
    listened to …?" and its findings is the grade the audit group agreed
    for that line of enquiry, no moderator's, where the part is no
    moderation's."""
    if field == "moderated_grade" and title and "agreed" in normalise(label).split() \
            and not _MODERATION_TITLE.search(label) and not _MODERATION_TITLE.search(title):
        return "grade"
    return field


def _titled_grade(rows: list[Row], index: int, title: str | None, labels: Labels, extraction: Extraction) -> int:
    """"Rating | Good | comments" closing the part of a table under a title
    row: that part's grade, the title its area; or a box that is an area's
    own, its title over its grade. Returns the rows read (0 when
    `rows[index]` is no such row)."""
    row = rows[index]
    filled = row.filled()
    if len(filled) == 1:
        # "Panel rating: R.I." across the table under the area's title and evidence.
        lines = [paragraph for paragraph in filled[0].paragraphs if paragraph.text.strip()]
        runs = labels.section_grade_of(lines[-1]) if lines else None
        if runs is None or _NAMED_AREA_NUMBER.match(lines[0].text):
            return 0  # (a box of its own area, "Line of enquiry 1" and its name first, is read as one)
        if len(lines) > 2 and _is_title(lines[0]) and not labels.label_of(lines[0]):
            # "The child's voice" in bold over its prompt, the evidence and
            # "Grade: …", one box an area: the box's own title names it, not
            # the part's title above or the box before.
            title = lines[0].text.strip()
        if title is None:
            return 0
        extraction.sections.append(SectionRow(title, [Paragraph(runs)]))
        return 1
    if len(filled) < 2 or title is None:
        return 0
    if set(normalise(title).split()) <= _RATING_WORDS | {"overall"} \
            or not _grades_its_area(filled[0].text) or not _grades_its_area(title):
        # ("Rating" over "Rating | Outstanding | Good | …", or "Auditor's
        # judgement" over "OVERALL GRADE FOR THIS CHILD'S CASE | 2", or
        # "Overall judgement of the practice observed" over "Judgement
        # (Ofsted grading) | R.I.": the form's own grade, no area's.)
        return 0
    # (A title numbered as the area after the last one graded is one more of
    # them: "3.5  Management sign-off" after "3.4", an area of a step's audit;
    # "9. Sign-off by Assistant Director" is the moderation's part.)
    if len(filled) == 2 and _MODERATION_TITLE.search(title) and "moderated_grade" in labels.kind.fields \
            and not _next_area(title, extraction.sections) \
            and labels.cell_meaning(filled[0]) == "grade" \
            and labels.grades.read(filled[1].text).value:
        # "Countersigned – Head of Service", then "Your judgement of the
        # practice | Agree – INADEQUATE": the moderator's own judgement.
        extraction.add("moderated_grade", filled[1].paragraphs)
        return 1
    said = _labelled_grade(filled[-1], labels)
    if said is not None and not labels.grades.read(filled[0].text).value:
        if len(filled) == 2 and filled[0].bold and NUMBERING.match(filled[0].text.strip()):
            # "1. Assessment of the whole family | Grade: RI" heading its box
            # under "Areas of practice": the area is the box's own.
            extraction.sections.append(SectionRow(filled[0].text.strip(), said))
            return 1
        # "Prompt | evidence | Judgement: Good", the grade's label in its cell.
        comment = [paragraph for cell in filled[:-1] for paragraph in cell.paragraphs]
        extraction.sections.append(SectionRow(title, said, comment))
        return 1
    if len(filled) == 2 and _one_option_marked(filled[1], labels) \
            and not labels.cell_meaning(filled[0]) \
            and not (filled[0].bold and NUMBERING.match(filled[0].text.strip())):
        # "C1. Was the step the right one?" across the table, then "evidence
        # | Outstanding / Good / Requires improvement / Inadequate" with one
        # highlighted: the area's evidence and its grade. (Not "3.1  Child's
        # voice | Outstanding / Good / …" under "QUALITY OF PRACTICE": a
        # numbered area's own title and its grade.)
        extraction.sections.append(SectionRow(title, filled[1].paragraphs, filled[0].paragraphs))
        return 1
    words = set(normalise(filled[0].text).split())
    field = _agreed_in_area(labels.cell_meaning(filled[0]), filled[0].text, title)
    if field not in (None, "grade"):
        return 0  # "Moderated grade | Good" after a "Moderation" title
    if not labels.is_section_grade_label(filled[0].text) and not words & _RATING_WORDS:
        return 0
    options = _printed_grades(rows, index, filled[0], labels)
    if options is not None:
        # "Rating | Good | Outstanding | RI | Inadequate", the chosen one
        # marked in it or beneath it.
        extraction.sections.append(SectionRow(title, options.paragraphs, decided=options.decided))
        return options.rows
    # "Rating | Good | comments", or "Comments and quality rating for this
    # section | comments | Good", or "Score | 4 Outstanding  3 Good  2 RI  1
    # Inadequate" with the chosen one highlighted or bold.
    readings = [(cell, labels.grades.read(cell.text)) for cell in (filled[1], filled[-1])]
    grade = next((cell for cell, reading in readings if reading.value or reading.problem == NONE_CHOSEN), None)
    if grade is None:
        return 0
    comment = [paragraph for cell in filled[1:] if cell is not grade for paragraph in cell.paragraphs]
    extraction.sections.append(SectionRow(title, grade.paragraphs, comment))
    return 1


def _overall_options(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"Overall judgement | Good | Outstanding | RI | Inadequate", the choice
    marked beside its printed name, beneath it or by how it is printed: the
    form's grade (and a Head of Service's mark beneath, the moderated
    grade). Returns the rows read, 0 when `rows[index]` is no such row."""
    label = rows[index].filled()[0]
    field = labels.cell_meaning(label)
    if field is None or labels.field_type(field) != "grade" or labels.definitions.canonical_section(label.text):
        return 0
    options = _printed_grades(rows, index, label, labels)
    if options is None:
        return 0
    extraction.add(field, options.paragraphs, options.decided)
    if options.moderated and field == "grade" and "moderated_grade" in labels.kind.fields:
        extraction.add("moderated_grade", [], options.moderated)
    return options.rows


def _area_options(rows: list[Row], index: int, title: str, labels: Labels, extraction: Extraction) -> int:
    """The grades printed across the last row of an area's own table ("1.
    Voice of the child", its prompt and evidence, then "Outstanding | Good |
    Requires improvement | Inadequate", one picked out): that area's grade.
    Returns the rows read, 0 when `rows[index]` is no such row."""
    cells = rows[index].filled()
    heads = labels.grades.heads_columns(cell.text for cell in cells)
    if len(cells) < 3 or not all(heads) or len(set(heads)) != len(cells):
        return 0
    overall = _overall_above(rows, index, title, labels)
    if not any(row.filled() or any(_shaded(cell) for cell in row.cells) for row in rows[index + 1:]):
        options = _printed_choice(cells, labels)
        if overall:
            extraction.add("grade", options.paragraphs, options.decided)
        else:
            extraction.sections.append(SectionRow(title, options.paragraphs, decided=options.decided))
        return 1
    below = rows[index + 1]
    if any(row.filled() for row in rows[index + 2:]) \
            or any(cell.text.strip() and not labels.is_tick(cell) for cell in below.cells):
        return 0
    # (Or the one cell under them shaded or ticked.)
    marked = [grade for cell, grade in zip(cells, heads) for mark in [cell_at(below, cell.column)]
              if mark is not None and (labels.is_tick(mark) or _shaded(mark))]
    if len(marked) != 1:
        return 0
    if overall:
        extraction.add("grade", [], marked[0])
    else:
        extraction.sections.append(SectionRow(title, [], decided=marked[0]))
    return 2


def _overall_above(rows: list[Row], index: int, title: str, labels: Labels) -> bool:
    """Whether the grades printed at `rows[index]` are the form's own: under
    a title that is an overall grade's ("Overall judgement of the practice
    observed"), or right under a grade's label alone in its row ("Overall
    grade", "Judgement (Ofsted grading)") that names no area."""
    if not _grades_its_area(title):
        return True
    above = rows[index - 1].filled() if index else []
    return len(above) == 1 and labels.cell_meaning(above[0]) == "grade" \
        and not labels.definitions.canonical_section(above[0].text) and not NUMBERING.match(above[0].text.strip())


@dataclass
class _Options:
    """What a row of the four grades printed as options says: the grade
    marked (or the paragraphs to read it from, where it is shown by how the
    grades are printed), the grade a Head of Service marked, and how many
    rows were read."""

    decided: str | None
    paragraphs: list[Paragraph]
    rows: int
    moderated: str | None = None


_MODERATOR_MARKS = frozenset({"hos", "h o s", "moderator", "moderated", "head of service", "mod"})


def _printed_grades(rows: list[Row], index: int, label: Cell, labels: Labels) -> _Options | None:
    """The grade chosen where the four grades are printed in the cells after
    `label` ("Rating | Good | Outstanding | RI | Inadequate"); None when the
    cells after the label are not the grades printed. The chosen grade is
    the one marked in the row beneath (which is then read too: "HoS" there,
    or a mark in a moderator's colour, is the moderated grade), marked in
    its own cell ("Good  X") or the one cell filled in a colour of its own;
    otherwise the cells are read as a list of the grades, where the one
    left standing, bold or highlighted is the choice, and none is no
    choice."""
    row = rows[index]
    start = row.cells.index(label) + 1
    run = next(((first, end) for first, end in _grade_runs(row, labels) if first == start), None)
    if run is None:
        return None
    cells = row.cells[run[0]:run[1]]
    following = rows[index + 1] if index + 1 < len(rows) else None
    if following is not None:
        marks = [cell_at(following, cell.column) for cell in cells]
        heads = labels.grades.heads_columns(cell.text for cell in cells)
        if all(mark is not None for mark in marks) and labels.grades.heads_columns(mark.text for mark in marks) == heads:
            # "Overall judgement | Outstanding | Good | RI | Inadequate" as
            # headings, the four again beneath with the chosen one filled
            # or left standing, the others struck through.
            standing = [grade for mark, grade in zip(marks, heads) if any(
                not run.strike and run.text.strip() for paragraph in mark.paragraphs for run in paragraph.runs)]
            picked = _printed_choice(marks, labels).decided or (standing[0] if len(standing) == 1 else None)
            return _Options(picked, [], 2) if picked else _printed_choice(cells, labels)
        by_moderator = [cell for cell, mark in zip(cells, marks) if mark is not None and mark.text.strip()
                        and (normalise(mark.text) in _MODERATOR_MARKS
                             or all(run.moderator for paragraph in mark.paragraphs for run in paragraph.runs
                                    if run.text.strip()))]
        ticked = [cell for cell, mark in zip(cells, marks) if labels.is_tick(mark) and cell not in by_moderator]
        # (The row beneath may say what its mark is in the label's column:
        # "Panel grade (mark one) | | X".)
        rest = [cell for cell in following.filled() if cell not in marks
                and not (cell.column == label.column and labels.is_section_grade_label(cell.text))]
        filled = [cell for cell, mark in zip(cells, marks) if mark is not None and _shaded(mark)]
        if not ticked and not by_moderator and not rest and len(filled) == 1:
            # The one cell beneath filled in, as some templates ask.
            heads = dict(zip(map(id, cells), labels.grades.heads_columns(cell.text for cell in cells)))
            return _Options(heads[id(filled[0])], [], 2, None)
        if len(ticked) <= 1 and len(by_moderator) <= 1 and (ticked or by_moderator) and not rest:
            heads = dict(zip(map(id, cells), labels.grades.heads_columns(cell.text for cell in cells)))
            moderated = heads[id(by_moderator[0])] if by_moderator else None
            if ticked:
                return _Options(heads[id(ticked[0])], [], 2, moderated)
            # Only the Head of Service's mark beneath: the auditor's choice
            # is shown in the printed grades themselves.
            chosen = _printed_choice(cells, labels)
            return _Options(chosen.decided, chosen.paragraphs, 2, moderated)
    return _printed_choice(cells, labels)


def _printed_answers(rows: list[Row], index: int, position: int, labels: Labels) -> tuple[bool | None, int] | None:
    """(answer, rows read) where Yes and No are printed in the cells after
    the question at `position`: the one marked beside it ("☒ No", "Yes  X")
    or in the row beneath; None as the answer when neither is marked (the
    rows read are then the question's alone), and None when the cells
    after the question are not Yes and No."""
    row = rows[index]
    yes, no = labels.answer_words
    after = [cell for cell in row.cells[position + 1:] if cell.text.strip()]
    roles, marks_beside = [], []
    for cell in after:
        words = re.findall(r"[\w/]+", cell.text.replace(TICKED, " "))
        # (A printed option is a word or two, "☒ No", "Yes  X"; never the
        # detail beside the answer, "1869163: no visit for six weeks …".)
        answer = next((word for word in words if normalise(word) in yes | no), None) if len(words) <= 3 else None
        roles.append(None if answer is None else "yes" if normalise(answer) in yes else "no")
        rest = cell.text.replace(answer, " ", 1) if answer else cell.text
        marks_beside.append(TICKED in cell.text or labels.marked_beside(rest))
    if len(after) == 3 and sorted(filter(None, roles)) == ["no", "yes"] and roles.count(None) == 1 \
            and labels.is_tick(after[roles.index(None)]):
        # "Yes | | No | X": the mark in a cell of its own, straight after
        # the answer it marks.
        mark = after[roles.index(None)]
        marked = [role for cell, role in zip(after, roles) if role and cell.column + cell.span == mark.column]
        return (marked[0] == "yes", 1) if marked else (None, 1)
    if len(after) != 2 or sorted(filter(None, roles)) != ["no", "yes"]:
        return None
    if marks_beside.count(True) == 1:
        return roles[marks_beside.index(True)] == "yes", 1
    following = rows[index + 1] if index + 1 < len(rows) else None
    if following is not None:
        marks = [cell_at(following, cell.column) for cell in after]
        ticked = [role for role, mark in zip(roles, marks) if labels.is_tick(mark)]
        # What happened, written under the question with the mark beside it.
        rest = [cell for cell in following.filled() if cell not in marks and cell.column > row.cells[position].column]
        if len(ticked) == 1 and not rest:
            return ticked[0] == "yes", 2
    picked = _picked_out(dict(zip(roles, after)))
    if len(picked) == 1:
        # "Urgent safeguarding issue identified? | Yes | ~~No~~": the answer
        # left standing, the other struck through (or the one highlighted,
        # filled or in bold), as the forms ask ("delete as appropriate").
        return picked[0] == "yes", 1
    return None, 1


def _answer_detail(rows: list[Row], index: int, position: int) -> list[Paragraph]:
    """The words under a Yes / No question in its own column, beside the
    mark in the row beneath ("Missing from home three times … | ✔ |")."""
    if index + 1 >= len(rows):
        return []
    column = rows[index].cells[position].column
    return [paragraph for cell in rows[index + 1].filled() if cell.column <= column for paragraph in cell.paragraphs]


def _printed_choice(cells: list[Cell], labels: Labels) -> _Options:
    # (The grades' initials, "I | RI | G | O", each head a grade together.)
    heads = dict(zip(map(id, cells), labels.grades.heads_columns(cell.text for cell in cells)))
    beside = [cell for cell in cells if labels.marked_beside(cell.text)]
    if len(beside) == 1:
        return _Options(heads[id(beside[0])], [], 1)
    fills = [(cell.shading or "").upper().replace("AUTO", "").replace("FFFFFF", "") for cell in cells]
    # The one cell filled, or filled in a colour none of the others has.
    odd = [cell for cell, fill in zip(cells, fills) if fills.count(fill) == 1]
    if len(odd) == 1 and (fills.count("") == len(cells) - 1 or len(set(fills)) == 2):
        return _Options(heads[id(odd[0])], [], 1)
    return _Options(None, [paragraph for cell in cells for paragraph in cell.paragraphs], 1)


_RATING_WORDS = frozenset("rating grade grading judgement judgment score".split())


def _rates(row: Row, labels: Labels) -> bool:
    """Whether `row` gives a grade: its first cell a grade's label ("Rating",
    "Overall judgement") and a grade beside it."""
    filled = row.filled()
    if len(filled) < 2:
        return False
    field = labels.cell_meaning(filled[0])
    labelled = (field is not None and labels.field_type(field) == "grade") or _rating_label(filled[0].text, labels)
    # ("Grade | Outstanding | Good | RI | Inadequate", or the four printed
    # in one cell with the chosen one picked out.)
    return labelled and any(labels.grades.heads_column(cell.text) or _one_option_marked(cell, labels)
                            for cell in filled[1:])


def _ticked_grid(table: Table, labels: Labels) -> list[Paragraph] | None:
    """The names ticked in a grid of names each with its box after it
    ("Police | ☒ | School | ☐" a row), or None for any other table."""
    chosen: list[Paragraph] = []
    firsts = [row.cells[0].text.strip() for row in table.rows if row.cells]
    if len(firsts) == len(table.rows) >= 2 and all(first[:1] in BOXES and first[1:].strip() for first in firsts):
        # "☒  Police | Derek Fenwick, Police officer" a row: the names ticked
        # down the first column, who spoke for each beside them.
        return [Paragraph([Run(first[1:].strip())]) for first in firsts if first[0] == TICKED] or None
    for row in table.rows:
        cells = row.cells
        if len(cells) < 2 or len(cells) % 2:
            return None
        for name, box in zip(cells[::2], cells[1::2]):
            mark = box.text.strip()
            if not name.text.strip() or any(character in name.text for character in BOXES + TICKED) \
                    or (mark and len(mark) > 2 and not labels.is_tick(box)):
                return None
            if labels.is_tick(box):
                chosen += name.paragraphs
    return chosen or None


def _judged(row: Row, labels: Labels) -> bool:
    """Whether `row` is an area's "Judgement | Good" (or the four grades,
    one marked) closing its findings."""
    filled = row.filled()
    if len(filled) == 1:
        # "Judgement: ☐ Outstanding  ☐ Good  ☒ Requires improvement …" in one cell.
        label, colon, value = filled[0].text.partition(":")
        filled_text = (label, value) if colon else ("", "")
    else:
        filled_text = (filled[0].text, filled[1].text) if len(filled) == 2 else ("", "")
    if not filled_text[0].strip() or not labels.is_section_grade_label(filled_text[0]):
        return False
    reading = labels.grades.read(filled_text[1])
    return reading.value is not None or reading.problem == NONE_CHOSEN


def _rating_label(text: str, labels: Labels) -> bool:
    """Whether `text` labels an area's grade: a listed one ("Grade for this
    area") or any label with a word of rating in it ("RAG rating")."""
    return labels.is_section_grade_label(text) or bool(set(normalise(text).split()) & _RATING_WORDS)


def _evidence_rows(rows: list[Row], start: int, labels: Labels, extraction: Extraction) -> int:
    """Rows under "Area | (prompt) | Evidence": each an area and what the
    auditor found. A row whose area is also a label ("Setting") answers it
    with the evidence, not the printed prompt beside it, and only as a label
    known by its meaning; the other rows hold no field."""
    columns = labels.header_columns(rows[start], EVIDENCE)
    head = cell_at(rows[start], columns.get("section"))
    # ("Agency | Completed by (role) | Summary of single-agency findings":
    # each agency's findings a row, the agencies that took part.)
    agencies = head is not None and "agencies" in labels.kind.fields and labels.cell_meaning(head) == "agencies"
    # ("Question | Yes / No | Evidence / comment": each question answered in
    # its own column, the evidence after.)
    answers = next((cell.column for cell in rows[start].filled()[1:] if labels.heads_answers(cell)), None)
    named: list[Paragraph] = []
    index = start + 1
    while index < len(rows) and not labels.header_kind(rows[index]):
        row = rows[index]
        if _rates(row, labels):
            break  # "Rating | Good | ...": the area's grade, read as the table goes on
        name = cell_at(row, columns.get("section"))
        field = labels.cell_field(name) if name is not None else None
        evidence = cell_at(row, columns.get("comments"))
        answer = cell_at(row, answers) if answers is not None and name is not None else None
        asked = labels.cell_meaning(name) if answer is not None and answer.text.strip() else None
        if asked and labels.field_type(asked) == "yes_no":
            # "Are there any safeguarding concerns that need escalating now?
            # | ☒ Yes ☐ No | Kacey's medical appointments have been missed …":
            # the answer, the evidence its detail.
            extraction.add(asked, [*answer.paragraphs, *(evidence.paragraphs if evidence is not None else [])],
                           weak=field is None, label=name.text)
        elif field and evidence is not None:
            extraction.add(field, evidence.paragraphs, weak=True, label=name.text)
        elif agencies and name is not None and name.text.strip():
            named.extend(name.paragraphs)
        index += 1
    if named:
        extraction.add("agencies", named, weak=True)
    return index


def _structure(rows: list[Row], start: int, kind: str, labels: Labels, extraction: Extraction,
               title: str | None = None) -> int:
    """Read the rows under an actions, sections or matrix header; return the
    index of the first row after them."""
    if kind == EVIDENCE:
        return _evidence_rows(rows, start, labels, extraction)
    columns = labels.header_columns(rows[start], kind)
    if kind == MATRIX:
        extraction.grade_columns = {column: role for role, column in columns.items() if role in labels.grades.grades}
        if _marked_under_its_header(rows, start, columns, labels, extraction):
            return start + 2
        if _bare_section_row(rows[start], labels, extraction):
            # "3.1  Child's voice | Outstanding | Good | Requires improvement |
            # Inadequate", the one chosen highlighted: an area's title band
            # and its grade, its prompt and evidence below.
            return start + 1
    dated = [name for name, spec in labels.kind.fields.items() if spec.type == "dates"]
    heads = [cell for cell in rows[start].filled() if only_a_date(cell.text)]
    if kind == SECTIONS and len(dated) == 1 and len(heads) >= 2:
        # "Supervision standard | 11.07.26 | 08.08.26 | 05.09.26 | … |
        # Grade": the sessions read, one a column.
        extraction.add(dated[0], [paragraph for cell in heads for paragraph in cell.paragraphs], weak=True)
    graded = len(extraction.sections)
    index = _structure_rows(rows, start, kind, columns, labels, extraction, title)
    first = rows[start].filled()[0] if rows[start].filled() else None
    if kind in (SECTIONS, MATRIX) and first is not None and "agencies" in labels.kind.fields \
            and labels.cell_meaning(first) == "agencies" and len(extraction.sections) > graded:
        # "Agency | Represented by | Role | … | Grade" (or a mark under one
        # of the four grades): the areas graded are the agencies taking part.
        extraction.add("agencies", [Paragraph([Run(section.name)]) for section in extraction.sections[graded:]],
                       weak=True)
    banded = _banded_title(rows[start], columns, labels) if kind == MATRIX else None
    marked = [section for section in extraction.sections[graded:] if section.decided]
    if banded is not None and len(marked) == 1:
        # "3.1  The child's voice | O | G | RI | I" over "What good looks
        # like | …" and "Evidence | … | X": the band's area, marked on the
        # rows of its prompt and evidence.
        comment = [paragraph for section in extraction.sections[graded:] for paragraph in section.comment]
        extraction.sections[graded:] = [SectionRow(banded, decided=marked[0].decided, comment=comment)]
        return index
    if kind == MATRIX and title and len(extraction.sections) == graded + 1 \
            and _evidence_beside_grades(rows[start], columns, extraction.sections[-1].name, labels):
        # "1. Assessment", then "Evidence | Commentary | Good | Outstanding |
        # RI | Inadequate" and one row marked: the titled area's grade.
        extraction.sections[-1].name = title
    return index


def _banded_title(header: Row, columns: dict[str, int], labels: Labels) -> str | None:
    """The numbered area a grade matrix's header names in bold before its
    grades ("3.1  The child's voice and wellbeing | Outstanding | Good |
    …"), or None."""
    first = min(column for role, column in columns.items() if role in labels.grades.grades)
    before = [cell for cell in header.filled() if cell.column < first]
    if len(before) != 1 or not before[0].bold:
        return None
    text = before[0].text.strip()
    numbered = NUMBERING.match(text)
    return text if numbered is not None and len(text[numbered.end():].split()) >= 2 else None


def _evidence_beside_grades(header: Row, columns: dict[str, int], name: str, labels: Labels) -> bool:
    """Whether the one graded row of a grade matrix is an area's evidence,
    not an area's name: its header says "Evidence" or "Commentary" before
    the grades, or says nothing there and the row's first cell is a
    sentence."""
    first = min(column for role, column in columns.items() if role in labels.grades.grades)
    before = [labels.fold(cell.text) for cell in header.filled() if cell.column < first]
    # ("Prompts | Evidence / Commentary & Analysis | Good | …": the
    # area's prompts, then what was found; the area is the title's.)
    roles = [labels.section_role(text) or ("comments" if _GUIDANCE_COLUMN.fullmatch(text) else None)
             for text in before]
    if "section" in roles:
        return False
    if before:
        return all(role == "comments" for role in roles)
    return name.rstrip().endswith(".") or len(name.split()) > 8


def _area_heading_the_answers(header: Row, columns: dict[str, int], labels: Labels) -> str | None:
    """The area a "Yes | No | N/A" header names before its answer columns
    ("1 | Consent and engagement | YES | NO | N/A"): its questions and
    closing grade are that area's."""
    first = min(columns.values(), default=None)
    before = [cell for cell in header.filled() if first is not None and cell.column < first
              and not re.fullmatch(r"\(?[0-9]{1,2}[a-z]?[.)]?|[A-Za-z][.)]", cell.text.strip())]
    if len(before) != 1 or labels.cell_field(before[0]) or labels.section_role(labels.fold(before[0].text)):
        return None
    text = before[0].text.strip()
    return text if text and not text.endswith("?") and len(text.split()) <= 10 else None


def _structure_rows(rows: list[Row], start: int, kind: str, columns: dict[str, int], labels: Labels,
                    extraction: Extraction, title: str | None) -> int:
    index = start + 1
    grade_column = next((cell.column for cell in rows[start].filled()
                         if labels.section_role(labels.fold(cell.text)) == "grade"
                         and "overall" not in normalise(cell.text).split()), None) if kind == ANSWERS else None
    if kind == ANSWERS:
        # (The area the header names is the band's, whatever stands above the table.)
        title = _area_heading_the_answers(rows[start], columns, labels) or title
    found_here: list[Paragraph] = []
    prompted = False  # whether the row before asked for the band's grade
    overall = False  # whether the grid's own overall grade row has been read
    while index < len(rows):
        row = rows[index]
        filled = row.filled()
        if not filled:
            index += 1
            continue
        chosen = _printed_choice(filled, labels) if kind == ANSWERS and title and len(filled) == len(row.cells) \
            and _only_grades(row, labels) else None
        if chosen is not None and chosen.decided:
            # "Outstanding | Good | Requires Improvement | Inadequate",
            # a tick under the one chosen, then why on the row after.
            following = rows[index + 1].filled() if index + 1 < len(rows) else []
            why = following[0].paragraphs if len(following) == 1 and not labels.header_kind(rows[index + 1]) \
                and not labels.cell_meaning(following[0]) else []
            extraction.sections.append(SectionRow(title, decided=chosen.decided, comment=why))
            title, prompted = None, False
            index += 2 if why else 1
            continue
        offered = [cell for cell in filled[1:] if labels.grades.heads_column(cell.text)] \
            if kind == ANSWERS and title and labels.is_section_grade_label(filled[0].text) else []
        picked = _printed_choice(offered, labels) if len(offered) >= 3 else None
        if picked is not None and picked.decided:
            # "Grade for this area | Outstanding | Good X | Requires
            # improvement | Inadequate | why" closing the band's questions:
            # the four printed a cell each, the one chosen marked.
            why = [paragraph for cell in filled[1:] if all(cell is not grade for grade in offered)
                   for paragraph in cell.paragraphs]
            extraction.sections.append(SectionRow(title, decided=picked.decided, comment=found_here + why))
            title, prompted, found_here = None, False, []
            index += 1
            continue
        if labels.header_kind(row) and not (kind == SECTIONS and _one_of_the_grades(row, columns, labels)) \
                and not (kind == MATRIX and _ticked(row, columns, labels)):
            # (The four grades one a cell under "Grade", the others struck
            # through or the one chosen highlighted or in bold, are an
            # area's grade, not the header of a matrix.)
            break
        if kind == ANSWERS:
            first = filled[0].text.strip()
            # ("Comment" over the remark written under it is evidence too.)
            evidence = len(filled) == 1 and (_heads_evidence(first.split(":")[0], labels) or (
                "\n" in first and normalise(first.splitlines()[0]) in _BOX_HEADS))
            if len(filled) == 1 and title and "?" in first and not NUMBERING.match(first) \
                    and _labelled_grade(filled[0], labels) is None:
                # "Overall what is the quality of help and protection? (Please
                # use Ofsted grade descriptors)" across the band: the prompt
                # for its grade on the row after, no band of its own.
                prompted = True
                index += 1
                continue
            lines = [paragraph for paragraph in filled[0].paragraphs if paragraph.text.strip()]
            if prompted and len(filled) == 1 and title and lines and labels.grades_a_line(lines[0].runs):
                # Under that prompt, "Outstanding / Good / Requires
                # Improvement / Inadequate" with the one chosen in bold (or
                # the grade typed), then why: the band's grade.
                extraction.sections.append(SectionRow(title, lines[:1], lines[1:]))
                title, prompted = None, False
                index += 1
                continue
            prompted = False
            if len(filled) == 1 and not first.endswith("?") and not labels.grades.read(first).value \
                    and (not labels.cell_field(filled[0]) or NUMBERING.match(first)) and not evidence \
                    and _labelled_grade(filled[0], labels) is None:
                title = first  # "Section 1: The assessment", a band across the questions
                index += 1
                continue
            if evidence and title:
                # "Evidence: …" under the band's questions: what the auditor
                # found, the comment on the band's grade to come.
                found_here.extend(filled[0].paragraphs)
                index += 1
                continue
            said = _labelled_grade(filled[0], labels) if len(filled) == 1 and title else None
            if said is not None:
                # "Section grade: Good" across the grid, closing the band.
                extraction.sections.append(SectionRow(title, said))
                title = None
                index += 1
                continue
            beside = cell_at(row, grade_column) if grade_column is not None and title else None
            if beside is not None and labels.grades.read(beside.text).value:
                # A "Section grade" column, the band's grade merged down
                # beside its questions.
                extraction.sections.append(SectionRow(title, beside.paragraphs))
                title = None
            graded = _banded_grade(row, filled, columns, title, labels)
            if graded is not None:
                graded.comment[:0] = found_here
                found_here = []
                # "Grade for this section | | | Good" closing the band's
                # questions, or "1. The plan | ... | Grade: | Good" heading them.
                extraction.sections.append(graded)
                title = None
                index += 1
                continue
            if _closes_the_questions(row, filled, columns, labels):
                # Nothing under Yes or No: a row closing the questions
                # ("Comments and quality rating for this section | ... |
                # Good", "Overall grade ... | Good"), read as any row is.
                break
            _answer_row(row, filled, columns, labels, extraction)
            index += 1
            continue
        if kind == SECTIONS and "grade" in columns and _within_an_area(rows, index, columns, labels, extraction):
            index += 1
            continue
        if kind == MATRIX and extraction.sections and len(filled) == 2 and not _ticked(row, columns, labels) \
                and index + 1 < len(rows) and _ticked(rows[index + 1], columns, labels) \
                and labels.cell_meaning(filled[0]) in ("moderator", "moderator_comments"):
            # "Moderator | Agree with the auditor." under an area's row of the
            # grid: a note on that area, and the grid goes on.
            extraction.sections[-1].comment.extend(filled[1].paragraphs)
            index += 1
            continue
        field = labels.cell_field(filled[0])
        if field is None and kind != ACTIONS:
            # "Overall rating for this case" as the last row of a grade table.
            meant = labels.meant(filled[0].text)
            field = meant if meant in ("grade", "moderated_grade") else None
        field = _agreed_in_area(field, filled[0].text, title)
        if field and labels.field_type(field) != "grade" and field not in MODERATION_FIELDS \
                and _graded_as_an_area(row, kind, columns, labels):
            # "Lead professional / Is there a named lead professional …? | … |
            # Good" under "Area | Evidence | Grade" (or marked under the
            # grades): an area, though its name labels a field.
            field = None
        if field:
            if kind == ACTIONS or labels.field_type(field) != "grade":
                break
            # "Overall grade" inside a grade table or matrix.
            if kind == MATRIX:
                chosen = _ticked(row, columns, labels)
                if title and "overall" not in normalise(filled[0].text).split() and field == "grade":
                    # "Rating | X | | |" under the grades, in the part of the
                    # table titled "1. Assessment": that area's grade.
                    extraction.sections.append(SectionRow(
                        title, decided=chosen[0] if len(chosen) == 1 else None,
                        problem=None if len(chosen) == 1 else NONE_CHOSEN if not chosen else SEVERAL_CHOSEN))
                    title = None
                else:
                    if len(chosen) == 1:
                        extraction.add(field, [], chosen[0])
                    elif not chosen and len(filled) == 1:
                        _paragraphs(filled[0].paragraphs, labels, extraction)
                    elif not chosen:
                        # "Overall judgement | REQUIRES IMPROVEMENT" typed
                        # across the grade columns, no mark under one.
                        written = [cell for cell in filled[1:] if labels.grades.read(cell.text).value]
                        if len(written) == 1:
                            extraction.add(field, written[0].paragraphs)
                    if field == "grade":
                        _moderators_mark(row, columns, labels, extraction)
                        overall = True
            elif len(filled) == 1:
                # "OVERALL JUDGEMENT OF THE PRACTICE OBSERVED: the practice
                # observed was judged to be inadequate." across the grid: a
                # label and its value in one cell.
                _paragraphs(filled[0].paragraphs, labels, extraction)
            elif len(filled) > 1:
                # "Overall grade | (a prompt or a summary) | RI": the grade is
                # in the grade column, or whichever cell holds one.
                graded = cell_at(row, columns["grade"]) if "grade" in columns else None
                reading = labels.grades.read(graded.text) if graded is not None else None
                options = _printed_grades(rows, index, filled[0], labels)
                if options is not None:
                    # "Overall grade | OUTSTANDING | GOOD | …", the one chosen
                    # highlighted, from the grade column on.
                    extraction.add(field, options.paragraphs, options.decided)
                elif labels.filled_grade(graded):
                    # The grade cell left empty and filled in a colour of the key.
                    extraction.add(field, [], labels.filled_grade(graded))
                else:
                    if graded is None or graded is filled[0] or not (reading.value or reading.problem):
                        graded = next((cell for cell in filled[1:] if labels.grades.read(cell.text).value), filled[1])
                    extraction.add(field, graded.paragraphs)
                column = _moderation_column(rows[start], labels)
                moderated = cell_at(row, column) if column is not None else None
                if field == "grade" and moderated is not None and moderated is not graded \
                        and labels.grades.read(moderated.text).value:
                    # "OVERALL AUDIT GRADE | … | 2 – Good | Moderated to
                    # requires improvement" under "Moderator (HoS)".
                    extraction.add("moderated_grade", moderated.paragraphs)
            index += 1
            continue
        if len(filled) == 1 and filled[0].span > 1 and len(row.cells) == 1:
            following = rows[index + 1] if index + 1 < len(rows) else None
            if kind in (MATRIX, SECTIONS) and following is not None and not labels.header_kind(following) \
                    and (len(following.cells) == len(rows[start].cells)
                         or (len(following.filled()) >= 2 and following.filled()[0].column == rows[start].filled()[0].column
                             and _right_edge(following) <= _right_edge(rows[start]))):
                # A band across the grid ("Help and protection", "How well
                # did we do it?") between its rows; a spreadsheet's rows may
                # leave their empty cells out.
                index += 1
                continue
            break  # a full-width row: the title of what comes next
        if kind == MATRIX and overall and not _ticked(row, columns, labels):
            break  # "Summary of the observation | …" under the grid's overall grade: no area of it
        if kind == ACTIONS:
            _action_row(row, columns, extraction)
        else:
            _section_row(row, columns, kind, labels, extraction, title)
            if kind == MATRIX and extraction.sections and extraction.sections[-1].name == title:
                title = None
        index += 1
    return index


def _graded_as_an_area(row: Row, kind: str, columns: dict[str, int], labels: Labels) -> bool:
    """Whether a row of an areas table holds its own grade: in the grade
    column, or one mark under the grades of a matrix."""
    if kind == MATRIX:
        return len(_ticked(row, columns, labels)) == 1
    graded = cell_at(row, columns["grade"]) if kind == SECTIONS and "grade" in columns else None
    return graded is not None and graded is not row.filled()[0] \
        and bool(labels.grades.read(graded.text).value or _one_option_marked(graded, labels))


def _moderation_column(header: Row, labels: Labels) -> int | None:
    """The column of a grade table kept for the Head of Service's
    moderation ("Moderator (HoS)", "HoS moderation"), if it has one."""
    return next((cell.column for cell in header.filled()
                 if labels.cell_meaning(cell) in MODERATION_FIELDS), None)


def _within_an_area(rows: list[Row], index: int, columns: dict[str, int], labels: Labels,
                    extraction: Extraction) -> bool:
    """Read `rows[index]` of an areas table as part of an area that spans
    several rows, if it is one; return whether it was:

    - the row whose grade cell, left empty, is filled in one of the key's
      colours: the open area's grade;
    - an area's title across the table with its grade beside it by such a
      fill, or on a row below (a question under the title is its prompt);
    - an area's prompt, its "Comments | ..." or "Evidence: | ..." and a Head
      of Service's "HoS comment | ..." between the areas' graded rows."""
    row, filled = rows[index], rows[index].filled()
    last = extraction.sections[-1] if extraction.sections else None
    graded = cell_at(row, columns["grade"])
    by_fill = labels.filled_grade(graded)
    named = _text_at(row, columns.get("section"))
    if last is not None and not last.decided and not any(paragraph.text.strip() for paragraph in last.grade) \
            and (not named or _heads_evidence(named, labels)) and _graded_in_column(row, columns, labels):
        # The open area's graded row: "Evidence: | … | 2", or its evidence
        # and grade with nothing under the area's name.
        if by_fill:
            last.decided = by_fill
        else:
            last.grade = graded.paragraphs
        last.comment.extend(paragraph for cell in filled for paragraph in cell.paragraphs
                            if cell.column != columns["grade"] and cell.text.strip() != named)
        return True
    if len(filled) == 1 and filled[0].column != columns["grade"] and not labels.cell_field(filled[0]) \
            and (by_fill or _graded_ahead(rows, index, columns, labels)):
        text = filled[0].text.strip()
        if text.endswith(("?", ".")) and last is not None and not by_fill:
            last.comment.extend(filled[0].paragraphs)
        else:
            extraction.sections.append(SectionRow(text, decided=by_fill))
        return True
    if last is None or not _between_the_areas(rows, index, columns, labels):
        return False
    said = labels.cell_meaning(filled[0])
    rest = [paragraph for cell in filled[1:] for paragraph in cell.paragraphs]
    if said and labels.field_type(said) in ("list", "note") and rest:
        extraction.add(said, rest, weak=labels.cell_field(filled[0]) is None, in_area=True)
    else:
        labelled = len(filled) > 1 and _heads_evidence(filled[0].text, labels)
        last.comment.extend(rest if labelled else [paragraph for cell in filled for paragraph in cell.paragraphs])
    return True


def _graded_in_column(row: Row, columns: dict[str, int], labels: Labels) -> bool:
    """Whether the row's cell in the grade column gives a grade: written, or
    a fill on the form's key, or the grades printed with one picked out
    ("OUTSTANDING / GOOD / REQUIRES IMPROVEMENT / INADEQUATE", all but one
    struck through)."""
    cell = cell_at(row, columns["grade"])
    return cell is not None and (labels.grades.read(cell.text).value is not None
                                 or labels.filled_grade(cell) is not None
                                 or _one_option_marked(cell, labels))


def _graded_ahead(rows: list[Row], index: int, columns: dict[str, int], labels: Labels) -> bool:
    """Whether a grade stands in the grade column within the next three
    rows, no header row between."""
    for row in rows[index + 1:index + 4]:
        if _graded_in_column(row, columns, labels):
            return True
        if labels.header_kind(row):
            return False
    return False


def _between_the_areas(rows: list[Row], index: int, columns: dict[str, int], labels: Labels) -> bool:
    """Whether `rows[index]`, holding no grade under the grade column, comes
    before another area's graded row of the same table, or its overall row."""
    if _graded_in_column(rows[index], columns, labels):
        return False
    for row in rows[index + 1:index + 8]:
        if labels.header_kind(row):
            return False
        name = cell_at(row, columns.get("section", -1)) if "section" in columns else None
        if _graded_in_column(row, columns, labels) and name is not None and name.text.strip() \
                and not _heads_evidence(name.text, labels) and (
                not labels.cell_meaning(name) or _grade_label(name, labels)):
            return True  # another area's row, or the table's overall row
    return False


def _marked_under_its_header(rows: list[Row], start: int, columns: dict[str, int], labels: Labels,
                             extraction: Extraction) -> bool:
    """"Overall grade | Good | Outstanding | RI | Inadequate" (or an area's
    name) heading the grades, with a row beneath that holds nothing but the
    mark under the chosen one: the grade of what the header names."""
    if start + 1 >= len(rows):
        return False
    header, following = rows[start], rows[start + 1]
    first = min(column for role, column in columns.items() if role in labels.grades.grades)
    names = [cell for cell in header.filled() if cell.column < first]
    if len(names) != 1 or any(cell.column < first for cell in following.filled()):
        return False
    chosen = _ticked(following, columns, labels)
    if len(chosen) != 1 or len(following.filled()) != 1:
        return False
    field = labels.cell_field(names[0]) or _label_by_meaning(names[0].text, labels)
    if field and labels.field_type(field) == "grade" and not labels.definitions.canonical_section(names[0].text):
        extraction.add(field, [], chosen[0])
    else:
        extraction.sections.append(SectionRow(names[0].text.strip(), decided=chosen[0]))
    return True


def _banded_grade(row: Row, filled: list[Cell], columns: dict[str, int], title: str | None,
                  labels: Labels) -> SectionRow | None:
    """The grade of a band of Yes / No questions: a row with nothing marked
    under Yes or No whose last cell is a grade, labelled as the band's grade
    ("Grade for this section") or naming the band itself ("1. The plan |
    Grade: | Good")."""
    # (A box ticked among the grades printed across the answers' columns,
    # "☒ Outstanding / Good / …", marks a grade, no answer.)
    answers = [cell_at(row, column) for column in columns.values()]
    if len(filled) < 2 or any(labels.is_tick(cell) and not labels.grades.grades_in(cell.text) for cell in answers):
        return None
    # The grade is a cell of its own, never read out of a comment's words.
    # ("Outstanding / Good / Requires Improvement / Inadequate", the others
    # struck through or the one chosen in bold, is one too.)
    # (Or a grade and a note after a dash: "inadequate - plan needs to be SMART".)
    grades = [cell for cell in filled[1:] if (len(cell.text.split()) <= 6 and labels.grades.read(cell.text).value)
              or _one_option_marked(cell, labels) or (TICKED in cell.text and labels.grades.read(cell.text).value)
              or (SPACED_DASH.search(cell.text)
                  and labels.grades.is_written_grade(SPACED_DASH.split(cell.text, maxsplit=1)[0].strip()))]
    if len(grades) != 1 or labels.grades.read(filled[0].text).value:
        return None
    grade = grades[0]
    if "overall" in normalise(filled[0].text).split():
        return None
    if _rating_label(filled[0].text, labels):
        comment = [paragraph for cell in filled[1:] if cell is not grade for paragraph in cell.paragraphs]
        return SectionRow(title, grade.paragraphs, comment) if title else None
    if grade is not filled[-1] or filled[0].text.strip().endswith("?"):
        return None
    between = filled[1:-1]
    if between and all(_rating_label(cell.text, labels) for cell in between):
        return SectionRow(filled[0].text.strip(), grade.paragraphs)
    said = _labelled_grade(grade, labels)
    if not between and said is not None:
        return SectionRow(filled[0].text.strip(), said)  # "1. The plan | Grade: Good"
    return None


def _labelled_grade(cell: Cell, labels: Labels) -> list[Paragraph] | None:
    """The grade of a cell that says whose it is: "Section grade: Good", or
    "Judgement:" with the grade on the line below."""
    paragraphs = [paragraph for paragraph in cell.paragraphs if paragraph.text.strip()]
    for position, paragraph in enumerate(paragraphs):
        runs = labels.section_grade_of(paragraph)
        if runs is not None:
            return [Paragraph(runs)]
        following = paragraphs[position + 1:position + 2]
        if following and labels.is_section_grade_label(paragraph.text.strip().rstrip(":")) \
                and labels.grades.read(following[0].text).value:
            return following
    return None


def _closes_the_questions(row: Row, filled: list[Cell], columns: dict[str, int], labels: Labels) -> bool:
    """Whether a row under Yes and No columns is no question but what ends
    them: nothing marked under Yes or No, and text across those columns or
    a label of something other than a yes or no."""
    answers = [cell_at(row, column) for column in columns.values()]
    yes, no = labels.answer_words
    if any(labels.is_tick(cell) or (cell is not None and normalise(cell.text) in yes | no) for cell in answers):
        return False  # marked, or the answer typed in its column ("No")
    if any(cell is not None and cell.text.strip() for cell in answers):
        return True
    field = labels.cell_meaning(filled[0])
    return field is not None and labels.field_type(field) != "yes_no"


def _answer_row(row: Row, filled: list, columns: dict[str, int], labels: Labels, extraction: Extraction) -> None:
    """A question under Yes and No columns, its answer marked in one:
    "Has the audit found an immediate safeguarding concern? | X | "."""
    # The question is the last words before the answer columns: after its
    # number, if the grid numbers them.
    asked = [cell for cell in filled if cell.column < min(columns.values(), default=0)
             and not re.fullmatch(r"\s*\(?[0-9]{1,2}[a-z]?[.)]?\s*", cell.text)]
    if not asked:
        return
    question = asked[-1]
    field = labels.cell_meaning(question)
    if field is None or labels.field_type(field) != "yes_no":
        return
    if "answer" in columns:
        # "Yes" or "No" typed in the one column of answers.
        typed = cell_at(row, columns["answer"])
        answer = read_yes_no(typed.text, *labels.answer_words)[0].value if typed is not None else None
        if answer is not None:
            extraction.add(field, [], answer)
        return
    chosen = [role for role, column in columns.items() if labels.is_tick(cell_at(row, column))]
    if not chosen:
        # Nothing typed under Yes or No, one of the two filled in a colour:
        # the answer shaded in.
        answers = {role: cell_at(row, column) for role, column in columns.items()}
        if not any(cell is not None and cell.text.strip() for cell in answers.values()):
            chosen = [role for role, cell in answers.items() if cell is not None and _shaded(cell)]
    if len(chosen) == 1:
        extraction.add(field, [], chosen[0] == "yes")
    elif chosen and field == "urgent_concern":
        # Both marked: not a clear No, so read as a concern with a warning.
        extraction.add(field, [Paragraph([Run("\u2612 Yes \u2612 No")])])


def _ticked(row: Row, columns: dict[str, int], labels: Labels) -> list[str]:
    """The grades whose column holds a tick on `row` of a grade matrix; with
    no tick, the one grade cell shaded when the others are not (the chosen
    grade filled in, as some templates ask)."""
    grades = {role: cell_at(row, column) for role, column in columns.items() if role in labels.grades.grades}
    ticked = [role for role, cell in grades.items() if labels.is_tick(cell)]
    if ticked:
        return ticked
    shaded = [role for role, cell in grades.items() if cell is not None and _shaded(cell)]
    if len(shaded) == 1:
        return shaded
    # "Outstanding | Good | Requires improvement | Inadequate" written again
    # on the area's row, under their own headers, the one chosen picked out.
    written = {role: cell for role, cell in grades.items()
               if cell is not None and labels.grades.heads_column(cell.text.strip()) == role}
    if len(written) >= 3:
        return _picked_out(written)
    # A descriptor under each grade ("Planned, with a clear purpose …"), the
    # one that fits filled in a shade the others are not.
    described = {role: cell for role, cell in grades.items() if cell is not None and cell.text.strip()}
    apart = _filled_apart(list(described.values())) if len(described) == len(grades) >= 3 else None
    if apart is None and len(described) == len(grades) >= 3:
        # (Or put in bold, highlighted, or the others struck through.)
        return _picked_out(described)
    return [role for role, cell in described.items() if cell is apart]


def _a_box(cell: Cell) -> bool:
    """Whether a cell is an option with its box: "☒ Step up to Children's
    Social Care"."""
    text = cell.text.strip()
    return bool(text) and text[0] in BOXES


def _never_an_option(cell: Cell, labels: Labels) -> bool:
    """Whether a cell is a label or a value no option among several is: a
    listed label, a role's, or one meaning a person, a date, a grade, an
    answer, a number or a reference ("Date of QA"); or a date itself."""
    if labels.cell_field(cell) or _ROLE_LABEL.fullmatch(normalise(cell.text)) or parse_date(cell.text) is not None:
        return True
    meant = labels.meant(cell.text)
    return meant is not None and (meant in _OPTION_NEVER or labels.field_type(meant) in _OPTION_NEVER)


def _options_after(label: Cell, cells: list[Cell], labels: Labels) -> bool:
    """Whether the cells after `label` are three or more short options one
    a cell, none a label ("Team | Early Help Team South | Conversation held
    by | …", or printed as `label` is: "Service | Early Help | Lead agency |
    …")."""
    return len(cells) >= 3 and not any(not cell.text.strip() or len(cell.text.split()) > 5
                                       or _never_an_option(cell, labels)
                                       or (cell.bold and cell.shading == label.shading) for cell in cells)


def _unpicked_or_picked(label: Cell, cells: list[Cell], labels: Labels) -> bool:
    """Whether the cells after `label` are its options: one picked out, or
    none, printed alike in bold or where no option reads as a label or a
    person's name ("Practitioner observed | Yasmin Patel | Worker's pod |
    Safeguarding Unit" is two boxes, not options)."""
    printed_alike = all(cell.bold for cell in cells) and len({(cell.shading or "").upper() for cell in cells}) == 1
    return _option_left(label, cells, labels) is not None or (
        _options_after(label, cells, labels)
        and (printed_alike or not any(labels.meant(cell.text) or is_a_persons_name(cell.text) for cell in cells)))


def _option_left(label: Cell, cells: list[Cell], labels: Labels) -> Cell | None:
    """Of the options after `label`, the one picked out: left standing when
    the others are struck through, or alone filled, highlighted or in bold;
    None where none is, or two are."""
    picked = _picked_out(dict(enumerate(cells))) if _options_after(label, cells, labels) else []
    return cells[picked[0]] if len(picked) == 1 else None


def _picked_out(options: dict[str, Cell]) -> list[str]:
    """Of options one a cell, the one picked out: the only one not struck
    through, or the only one filled, highlighted or in bold."""
    runs = {role: [run for paragraph in cell.paragraphs for run in paragraph.runs if run.text.strip()]
            for role, cell in options.items()}
    standing = [role for role, found in runs.items() if found and not all(run.strike for run in found)]
    if len(standing) == 1:
        return standing
    for picked in ([role for role, cell in options.items() if (cell.shading or "").upper() not in _NO_FILL],
                   [role for role, found in runs.items() if any(run.highlight for run in found)],
                   [role for role, found in runs.items() if found and all(run.bold for run in found)]):
        if len(picked) == 1:
            return picked
    return []


def _moderators_mark(row: Row, columns: dict[str, int], labels: Labels, extraction: Extraction) -> None:
    """The overall row of a grade matrix with the Head of Service's own mark
    in a grade's column ("✓ HoS ✓"): that grade is the moderated one."""
    moderated = _marked_by_moderator(row, columns, labels)
    if moderated and "moderated_grade" in labels.kind.fields:
        extraction.add("moderated_grade", [], moderated)


def _marked_by_moderator(row: Row, columns: dict[str, int], labels: Labels) -> str | None:
    """The grade whose column on `row` of a grade matrix holds the
    moderator's mark ("HoS ✓", or a mark typed in the moderator's colour)."""
    marked = [role for role, column in columns.items() if role in labels.grades.grades
              for cell in [cell_at(row, column)] if cell is not None and _moderators_mark_in(cell)]
    return marked[0] if len(marked) == 1 else None


def _in_an_ink(row: Row) -> bool:
    """Whether all a row says is typed in one colour of its own."""
    colours = {run.colour for cell in row.filled() for paragraph in cell.paragraphs for run in paragraph.runs
               if run.text.strip()}
    return len(colours) == 1 and None not in colours


def _moderators_mark_in(cell: Cell) -> bool:
    """Whether a grade column's cell holds the moderator's mark: "HoS ✓",
    or a mark typed in the moderator's colour."""
    return bool(set(normalise(cell.text).split()) & _MODERATOR_MARKS) \
        or any(run.moderator and run.text.strip() for paragraph in cell.paragraphs for run in paragraph.runs)


def _grade_cells(row: Row, column: int | None, labels: Labels) -> list[Paragraph]:
    """The grade cell's paragraphs; where the four grades stand one a cell
    from the grade column on ("Outstanding | Good | Requires Improvement |
    Inadequate" under a "Grade" header across them, the others struck
    through), all four as one line of options."""
    options = []
    cell = cell_at(row, column) if column is not None else None
    while cell is not None and labels.grades.is_written_grade(cell.text.strip()):
        options.append(cell)
        cell = next((other for other in row.cells if other.column == cell.column + cell.span), None)
    if len(options) < 3:
        return _paragraphs_at(row, column)
    # (Or the one chosen filled in a colour of its own, as a highlighter would.)
    chosen = _filled_apart(options)
    runs: list[Run] = []
    for position, option in enumerate(options):
        if position:
            runs.append(Run(" / "))
        if option is chosen:
            runs += [replace(run, highlight=run.highlight or option.shading) for run in option.runs]
        else:
            runs += option.runs
    return [Paragraph(runs)]


_NO_FILL = frozenset({"", "AUTO", "FFFFFF"})


def _filled_apart(cells: list[Cell]) -> Cell | None:
    """The one of `cells` filled in a shade none of the others has (grey
    among plain cells, or among cells of the moderator's fill), or None."""
    fills = [(cell.shading or "").upper() for cell in cells]
    apart = [cell for cell, fill in zip(cells, fills) if fill not in _NO_FILL and fills.count(fill) == 1]
    return apart[0] if len(apart) == 1 else None


def _one_of_the_grades(row: Row, columns: dict[str, int], labels: Labels) -> bool:
    """Whether the row's grade cells are the four grades one a cell with
    one of them marked."""
    options = _grade_cells(row, columns.get("grade"), labels)
    return len(options) == 1 and labels.grade_options(options[0])


def _headings_row(row: Row) -> bool:
    """Whether a row is a list's headings: three cells or more, every one
    printed as the form's labels are, on the same fill."""
    filled = row.filled()
    return len(filled) >= 3 and all(_printed_as_label(cell) for cell in filled) \
        and len({(cell.shading or "").upper() for cell in filled}) == 1


def _printed_as_label(cell: Cell) -> bool:
    """Whether a cell is printed as a form's labels are: short, in bold, on
    a fill."""
    return _a_heading(cell) and len(cell.text.split()) <= 6


def _shaded(cell: Cell) -> bool:
    return bool(cell.shading) and cell.shading.upper() not in ("AUTO", "FFFFFF") and not cell.text.strip()


def _text_at(row: Row, column: int | None) -> str:
    return " ".join(paragraph.text for paragraph in _paragraphs_at(row, column)).strip()


def _right_edge(row: Row) -> int:
    return max((cell.column + cell.span for cell in row.cells), default=0)


def _paragraphs_at(row: Row, column: int | None) -> list[Paragraph]:
    cell = cell_at(row, column) if column is not None else None
    return cell.paragraphs if cell is not None else []


def _action_row(row: Row, columns: dict[str, int], extraction: Extraction) -> None:
    action = _paragraphs_at(row, columns.get("action"))
    if not any(paragraph.text.strip() for paragraph in action):
        return
    owner, due = columns.get("owner"), columns.get("due")
    if owner is not None and only_a_date(_text_at(row, owner)) and not _text_at(row, due).strip():
        # The values one column left of their headers ("Action" merged
        # over three columns, "Lead | By when" after it): a date under
        # "Lead" is when, and the cell left of it, under no header, who.
        left = max((cell for cell in row.filled() if cell.column < owner), key=lambda cell: cell.column, default=None)
        spare = left is not None and left.column not in columns.values() and left.column != columns.get("action")
        owner, due = (left.column if spare else None), owner
    extraction.actions.append(ActionRow(action, _paragraphs_at(row, owner), _paragraphs_at(row, due)))


# "Criterion 5 –", "Standard 2:", "KLOE 3": an area numbered in its own word.
_NAMED_AREA_NUMBER = re.compile(r"(?i)\s*(?:criterion|standard|domain|area|element|kloe|loe|(?:key )?line of enquiry)"
                                r"\s*\d{1,2}\b")


def _bands_over_cases(band: Row, header: Row, labels: Labels) -> bool:
    """Whether `band` titles groups of the columns of an overview's list of
    cases headed by `header` ("Child ID | … | Moderated grade")."""
    if not labels.kind.moderates_cases or not band.filled() or len(header.filled()) <= len(band.filled()) \
            or not all(cell.bold for cell in band.filled()):
        return False
    meant = {labels.cell_meaning(cell) for cell in header.filled()}
    return "case_id" in meant and bool(meant & {"grade", "moderated_grade"})


def _graded_under_its_area(rows: list[Row], index: int, labels: Labels) -> SectionRow | None:
    """An area's title down the first column over two rows, "The child's
    voice | Evidence | …" then "| Grade | Outstanding / Good / …" (its cell
    merged down): the area, its grade and its evidence; None for any other
    pair of rows."""
    if index + 1 >= len(rows) or len(rows[index].cells) < 3 or len(rows[index + 1].cells) < 3:
        return None
    area, said, evidence = rows[index].cells[:3]
    blank, graded, *given = rows[index + 1].cells
    if not area.text.strip() or blank.text.strip() or labels.cell_meaning(area) \
            or not said.bold or labels.is_section_grade_label(said.text) or normalise(said.text) == "grade" \
            or not (labels.is_section_grade_label(graded.text) or normalise(graded.text) in ("grade", "rating", "judgement")):
        return None
    written = [cell for cell in given if cell.text.strip()]
    if len(written) == 1 and (labels.grades.read(written[0].text).value or _picked_out({0: written[0]})):
        return SectionRow(_area_title(area.paragraphs), written[0].paragraphs, evidence.paragraphs)
    marked = _letter_marked(written, labels)
    return SectionRow(_area_title(area.paragraphs), comment=evidence.paragraphs, decided=marked) if marked else None


def _letter_marked(cells: list[Cell], labels: Labels) -> str | None:
    """Of the grades' letters one a cell, "O | G / ✓ | RI | I", the grade
    whose cell carries the mark after its letter; None unless just one."""
    heads = labels.grades.heads_columns(re.split(r"[\s/]+", cell.text.strip())[0] for cell in cells)
    marked = [head for cell, head in zip(cells, heads) if head and _MARK_AFTER.search(cell.text)]
    return marked[0] if len(marked) == 1 else None


_MARK_AFTER = re.compile(r"\S[\s/]+(?:[\u2713\u2714\u2611\u2612]|[xX])\s*$")


def _area_title(paragraphs: list[Paragraph]) -> str:
    """An area's name from its cell. Where the name is in bold over a
    prompt in plain type ("1. Frequency of supervision" in bold,
    "Supervision happens at least monthly, as agreed" under it), the bold
    lines alone: the prompt says what is looked for, not what the area is
    called."""
    written = [paragraph for paragraph in paragraphs if paragraph.text.strip()]
    bold = [all(run.bold for run in paragraph.runs if run.text.strip()) for paragraph in written]
    named = bold.index(False) if False in bold else len(bold)
    if 0 < named < len(written) and not any(run.bold for paragraph in written[named:] for run in paragraph.runs):
        written = written[:named]
    return "\n".join(paragraph.text for paragraph in written).strip()


def _section_row(row: Row, columns: dict[str, int], kind: str, labels: Labels, extraction: Extraction,
                 title: str | None = None) -> None:
    if kind == MATRIX:
        grade_columns = [column for role, column in columns.items() if role in labels.grades.grades]
        names = [cell for cell in row.filled() if cell.column < min(grade_columns)]
        named = cell_at(row, columns["section"]) if "section" in columns else None
        if named is not None and any(cell is named for cell in names[1:]):
            # "1. | Planning and review | What good looks like … | Evidence":
            # the area is named in its own column, after its number.
            names = [named] + [cell for cell in names if cell is not named]
        elif len(names) > 1 and (_ITEM_NUMBER.match(names[0].text.strip())
                                 or (_ITEM_CODE.fullmatch(names[0].text.strip()) and names[0].text.strip())):
            # "1 | Working with the family | …", "Q1 | Was the step the right
            # decision …? | …": the area after its number or code.
            names = names[1:]
        if not names and title is None:
            return
        chosen = _ticked(row, columns, labels)
        if not names:
            # Marks alone under the grades, the area named above the grid.
            if len(chosen) == 1:
                extraction.sections.append(SectionRow(title, decided=chosen[0]))
            return
        field = labels.cell_field(names[0]) or _label_by_meaning(names[0].text, labels)
        if field is None and normalise(names[0].text).startswith("overall ") and "grade" in labels.kind.fields:
            field = "grade"
        if field and labels.field_type(field) == "grade" and not labels.definitions.canonical_section(names[0].text):
            # "Overall judgement on the quality of practice" in the grid: the
            # form's grade, not an area of it.
            if len(chosen) == 1:
                extraction.add(field, [], chosen[0])
            if field == "grade":
                _moderators_mark(row, columns, labels, extraction)
            return
        section = SectionRow(_area_title(names[0].paragraphs))
        beyond = [cell for cell in row.filled() if cell.column > max(grade_columns)
                  and labels.grades.is_written_grade(cell.text.strip())]
        if len(chosen) == 1:
            section.decided = chosen[0]
        elif not chosen and len(beyond) == 1:
            # "Area | O (no.) | G (no.) | RI (no.) | I (no.) | Overall for
            # area": how many cases had each grade, then the area's own.
            section.grade = beyond[0].paragraphs
        else:
            section.problem = NONE_CHOSEN if not chosen else SEVERAL_CHOSEN
        section.comment = _paragraphs_at(row, columns.get("comments"))
        extraction.sections.append(section)
        return
    name = _area_title(_paragraphs_at(row, columns.get("section")))
    if name and _ITEM_CODE.fullmatch(name):
        # "A1 | Impact on the child and family | evidence | grade" under a
        # heading across both: the code, then the area's name.
        later = [cell for cell in row.filled() if cell.column > columns["section"]
                 and cell.column not in columns.values()]
        name = _area_title(later[0].paragraphs) if later else name
    if name:
        graded = cell_at(row, columns["grade"]) if "grade" in columns else None
        extraction.sections.append(
            SectionRow(name, _grade_cells(row, columns.get("grade"), labels), _paragraphs_at(row, columns.get("comments")),
                       decided=labels.filled_grade(graded))
        )


def _label_rows(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """Read label/value cells starting at `rows[index]`; return the next row index."""
    row = rows[index]
    agreement = _agreement(row, labels)
    if agreement is not None:
        extraction.agreed = agreement
        return index + 1
    stepped = _step_answered(row, labels)
    if stepped is not None:
        # "Step up to Children's Social Care | No", then "Step down to Early
        # Help | Yes": the step is the one answered Yes.
        if stepped:
            extraction.add("direction", row.filled()[0].paragraphs)
        return index + 1
    if len(row.filled()) == 1 and _names_the_form(row.filled()[0].text, labels) \
            and not labels.cell_field(row.filled()[0]) and not row.filled()[0].text.rstrip().endswith(":") \
            and all(_is_title(line) for line in row.filled()[0].paragraphs if line.text.strip()):
        # "Family Feedback Sheet" (or "…: Record Sheet") in bold atop a
        # sheet: the form's title, not the label of the line under it (as
        # "Observation grade:" is).
        return index + 1
    repeated = _same_label_down(rows, index, labels)
    if repeated is not None:
        field, paragraphs, end = repeated
        extraction.add(field, paragraphs, weak=labels.cell_field(row.filled()[0]) is None)
        return end
    across = _dates_across(row, labels)
    if across is not None:
        field, cells = across
        extraction.add(field, [paragraph for cell in cells for paragraph in cell.paragraphs], weak=True)
        return index + 1
    named = _person_titled(rows, index, labels)
    if named is not None:
        field, value = named
        extraction.add(field, value.paragraphs)
        return index + 2
    told = _case_over_two_lines(row.filled()[0].text, rows[index + 1].filled()[0].text, labels) \
        if index + 1 < len(rows) and len(row.filled()) == 1 and len(rows[index + 1].filled()) == 1 else None
    if told is not None:
        # A spreadsheet's case on a row, its moderation on the row under it.
        extraction.cases.append(told)
        return index + 2
    if labels.kind.moderates_cases and len(row.filled()) == 1 and index + 1 < len(rows) \
            and len(rows[index + 1].filled()) == 1 and _case_line(row.filled()[0].text, labels) is None \
            and _case_line(rows[index + 1].filled()[0].text, labels) is not None:
        # "2. Audits moderated this month" over "3187270 – … – audited by
        # Paul Gregson: Good. Moderation: agree.": the title of the cases
        # told a line each, not a label over its value.
        return index + 1
    field = _list_heading(row.filled()[0], labels) if len(row.filled()) == 1 and index + 1 < len(rows) else None
    if field and len(rows[index + 1].filled()) >= 2 \
            and _list_heading(rows[index + 1].filled()[0], labels) == field:
        return index + 1  # "Agencies involved" across the table over its own "Agency | ..." header
    below = rows[index + 1].filled()[0] if index + 1 < len(rows) and rows[index + 1].filled() else None
    if row.filled() and labels.cell_meaning(row.filled()[0]) == "agencies" and below is not None \
            and not labels.cell_meaning(below) and not set(normalise(below.text).split()) & _AGENCY_COLUMN_WORDS \
            and not below.text.strip().endswith("?"):
        # "Agency | Child's lived experience | Sharing of information | …"
        # over "Police | …", each agency's findings a row, then the areas'
        # grades marked: the areas run across, the agencies down (never
        # "Agency | Police | …" over "Represented by | …").
        across = _areas_across(rows, index, labels, extraction)
        if across:
            return across
    marked = _agencies_across(rows, index, labels, extraction) or _column_list(rows, index, labels, extraction)
    if marked:
        return marked
    across = _areas_across(rows, index, labels, extraction) or _people_across(rows, index, labels, extraction)
    if across:
        return across
    if index + 1 < len(rows) and _boxes_across(row, labels) and _boxes_across(rows[index + 1], labels):
        # A briefing's grid of boxes ("3. What's working well" and its
        # points beside "4. What needs to improve" and its points, "5. What
        # happens next" and "6. Questions for your team" below): each cell
        # is a titled box of its own, not a column header over the next row.
        for cell in row.filled():
            _paragraphs(cell.paragraphs, labels, extraction)
        return index + 1
    dated = _dates_column(rows, index, labels, extraction)
    if dated:
        return dated
    below = _options_marked_below(rows, index, labels)
    if below is not None:
        field, chosen = below
        extraction.add(field, chosen.paragraphs, weak=labels.cell_field(row.filled()[0]) is None)
        return index + 2
    down = _options_down(rows, index, labels)
    if down is not None:
        field, chosen, end = down
        extraction.add(field, chosen.paragraphs, weak=labels.cell_field(rows[index].filled()[0]) is None)
        return end
    if len(row.filled()) == 1 and index + 1 < len(rows) and len(rows[index + 1].filled()) >= 2 \
            and _labels_by_meaning(rows[index + 1], labels) and not _label_and_value(row, labels) \
            and (NUMBERING.match(row.filled()[0].text.strip()) or _lists_side_by_side(rows[index + 1], labels)):
        # "7. Learning" (or "Learning from this audit") across the table
        # over "What worked well | What needs to develop further": the
        # part's title, not a label over its value.
        return index + 1
    line = _label_and_value(row, labels)
    if line is not None and any(0 <= other < len(rows) and _label_and_value(rows[other], labels) is not None
                                for other in (index - 1, index + 1)):
        # "Child ID: C7742869" alone on its row among others like it: lines
        # of the form, each read as one, not a label over the rows below
        # ("Other children in household: None known" says no names).
        if line:
            _paragraphs(row.filled()[0].paragraphs, labels, extraction)
        return index + 1
    stacked = _stacked(row, labels)
    if stacked and not (index + 1 < len(rows) and _is_value_row(rows[index + 1], labels)
                        and _stacked(rows[index + 1], labels) is None):
        # "Reviewer" in bold over "Helen Marsden" in one cell, "Review
        # completed" over its date in the next: each cell a label and its value.
        for field, value, weak in stacked:
            if field:
                extraction.add(field, value, weak=weak)
        return index + 1
    inline = _labelled_inline(row, labels)
    if inline:
        # "Early Help ref: EH-994295 | Child's name: Keeley Okafor": each
        # cell a label and its value after the colon.
        for field, value, weak in inline:
            extraction.add(field, value, weak=weak)
        return index + 1
    by_meaning = [labels.cell_field(cell) or (labels.meant(cell.text) if cell.text.strip() else None) for cell in row.cells]
    if "case_id" in by_meaning and len(row.filled()) >= 2 and index + 1 < len(rows):
        # "Case reference | Allocated team | Legal status", one case a row.
        listed = _case_list(rows, index, by_meaning, labels, extraction)
        if listed:
            return listed
    fields = [labels.cell_field(cell) for cell in row.cells]
    if len(row.filled()) == 2 and _ROLE_LABEL.fullmatch(normalise(row.filled()[0].text)) \
            and is_role(row.filled()[1].text):
        # "Their role? | Social Worker": a job title, the answer to its
        # label, though "Social worker" labels a practitioner elsewhere.
        return index + 1
    following = rows[index + 1] if index + 1 < len(rows) else None
    header, weak = fields, [False] * len(fields)
    if following is not None and not _is_header_of_labels(row, fields):
        # Labels nobody listed across a header row: known by their meaning.
        meant = [field or (_label_by_meaning(cell.text, labels, cell_at(following, cell.column))
                           if cell.text.strip() else None)
                 for cell, field in zip(row.cells, fields)]
        meant = _section_headers(row, following, _one_column_each(row, meant, labels), labels)
        if "case_id" in meant and meant.count("case_id") > 1:
            # "Case | Case reference | Team", one case a row.
            listed = _case_list(rows, index, meant, labels, extraction)
            if listed:
                return listed
        named = [field for field in meant if field and field not in _NOT_FIELDS]
        # A field named twice ("Team | Safeguarding Unit") is a row of labels
        # and their values, not a header; the family's boxes side by side
        # ("Parents / carers | Other children in the household") are.
        repeated = {field for field in named if named.count(field) > 1}
        # "Auditor's role | Date audited": a label the bot does not record beside one it does.
        roles = sum(1 for cell in row.filled() if _ROLE_LABEL.fullmatch(normalise(cell.text)))
        strip = _dates_strip(row, following, named, labels)
        # "Date completed | Plan stage" in bold on the labels' fill over
        # "19-Oct-2026 | first review": headings all printed alike, one of
        # them a field's, over values that look like that field's (one row
        # of them: rows of values under "Date | Who attended" are a list;
        # nor areas of practice over their grades, "Decision to step up or
        # step down | Information shared at transfer" over "Good | RI").
        printed = bool(named) and len(row.filled()) >= 2 \
            and not (index + 2 < len(rows) and _more_values(rows[index + 2], row, labels)) and len({
            (cell.shading or "").upper() for cell in row.filled()}) == 1 \
            and all(_a_heading(cell) for cell in row.filled()) \
            and sum(1 for cell in following.filled() if labels.grades.read(cell.text).value) < 2 \
            and all(labels.fits(field, cell_at(following, cell.column).text)
                    for cell, field in zip(row.cells, meant)
                    if field and field not in _NOT_FIELDS and cell_at(following, cell.column) is not None)
        if strip:
            # (The other dates of the strip are no field's.)
            meant = [field or (_UNKNOWN if cell.text.strip() else None) for cell, field in zip(row.cells, meant)]
        elif (len(named) >= 2 or printed) and _is_value_row(following, labels, row):
            # "What the family said | Was the help there when you needed it?
            # | … | What difference it made" over one answer each: the
            # questions between head columns the form keeps no field for.
            meant = [field or (_UNKNOWN if cell.text.strip().endswith("?") or (printed and cell.text.strip()) else None)
                     for cell, field in zip(row.cells, meant)]
        if (len(named) + roles >= 2 or len(row.filled()) == 1 or strip or printed) \
                and repeated <= _SIDE_BY_SIDE and _is_header_of_labels(row, meant):
            header, weak = meant, [field is not None and known is None for field, known in zip(meant, fields)]
    if _is_header_of_labels(row, header) and following is not None and _is_value_row(following, labels, row) \
            and (len(row.filled()) > 1 or (_fits_below(header, following, labels)
                                           and not (_a_heading(following.filled()[0]) and not _a_heading(row.filled()[0])))) \
            and not (len(row.filled()) == 1 and _labelled_in(following.filled()[:-1], header[0], labels)) \
            and not (len(row.filled()) == 1 and following.filled()
                     and all(_labelled_line(cell, labels) for cell in following.filled())):
        # (A part's title, "The family and the step", over "Child ID:
        # 3388654": a listed label with its value, no answer to the title;
        # or over two of them, "LCS number: 9653888 | Child's name: …".)
        # A part's title over a row labelling the same field again ("Section
        # 3 – The family's voice", then "3.1 | What the family told us |
        # …") names the part; the row holds the field's own box.
        listed = _case_list(rows, index, [None if field in _NOT_FIELDS else field
                                          for field in header], labels, extraction)
        if listed:
            return listed
        if {"moderator", "moderated_grade"} & set(header) and "date" in header \
                and not {"case_id", "auditor", "practitioner", "grade"} & set(header) \
                and "moderation_date" in labels.kind.fields:
            # "Moderator | Date | Moderated judgement", the moderation's own
            # table: its date is the moderation's.
            header = ["moderation_date" if field == "date" else field for field in header]
        # Labels across a header row, values in the row below; a list's
        # column ("Agency | Auditor | Role", one agency a row) goes on down
        # the rows of the same shape.
        end = index + 2
        # (Lists side by side may end in fewer of the columns: "What worked
        # well | What needs to develop further".)
        lists_only = all(field and field not in _NOT_FIELDS and labels.field_type(field) in ("list", "short_list")
                         for cell, field in zip(row.cells, header) if cell.text.strip())
        while end < len(rows) and len(row.cells) > 1 and _is_value_row(rows[end], labels) \
                and (len(rows[end].cells) == len(row.cells) or (lists_only and {
                    cell.column for cell in rows[end].filled()} <= {cell.column for cell in row.filled()})) \
                and not _labels_by_meaning(rows[end], labels) \
                and not (rows[end].filled() and all(_a_heading(cell) for cell in rows[end].filled())
                         and all(_a_heading(cell) for cell in row.filled())) \
                and not (rows[end].filled() and _printed_as_label(rows[end].filled()[0])
                         and not _printed_as_label(following.filled()[0])):
            # (A second strip of labels printed as the first, "WHAT | WHERE
            # | WAY" under "WHY | WHEN | WHO" and their answers, is read as
            # its own strip; a label printed as one beside its value, "Who
            # was present | Lisa Rahman", under the values, is a row of its own.)
            end += 1
        _marked_grade_runs(rows, index, labels, extraction)
        single_list = len(row.cells) == 1 and _list_item(following, row) is not None and header[0] not in _NOT_FIELDS \
            and bool(header[0]) and labels.field_type(header[0]) in ("list", "short_list", "note", "case_ids", "dates")
        if single_list and labels.field_type(header[0]) in ("list", "short_list") \
                and _heads_another_list(_list_item(following, row).text, header[0], labels) \
                and _list_item(following, row).bold:
            # "Learning from this audit" over "What worked well": a part's
            # title over the title of its first list, no list of its own.
            return index + 1
        if single_list and _printed_as_label(_list_item(following, row)):
            # "6. Head of Service moderation" over "Name", in bold on the
            # labels' fill, its value beside it left blank: a part's title
            # over its first label.
            return index + 1
        if len(row.cells) == 1 and len(following.filled()) >= 2 \
                and all(_printed_as_label(cell) for cell in following.filled()):
            # "2. What the family told us" across the sheet over "We asked |
            # Their answer (in their words)": a part's title over its table's
            # header, no value of its own.
            return index + 1
        listing = end - index - 1 >= 2 and "case_id" not in header and len(
            {cell_at(below, row.cells[0].column).text.strip() for below in rows[index + 1:end]
             if cell_at(below, row.cells[0].column) is not None}) == end - index - 1
        for cell, field, is_weak in zip(row.cells, header, weak):
            value = cell_at(following, cell.column)
            if field == _UNKNOWN and value is not None and labels.names_people(cell.text, value.text):
                # "Others at the session" over "Paige Moss, Dale Moss".
                extraction.named.append((cell.text, value.paragraphs))
            elif field == _UNKNOWN and value is not None and not listing \
                    and sum(1 for paragraph in value.paragraphs if labels.label_of(paragraph)) >= 2:
                # "WHO – Who observed whom …?" over "Observed by: Jane Smith",
                # "Practitioner observed: Daniel Price", …: the box's own
                # labelled lines.
                _paragraphs(value.paragraphs, labels, extraction)
            if field in (_GRADE_COLUMN, _UNKNOWN) or single_list:
                continue
            if listing and field and field not in _NOT_FIELDS and labels.field_type(field) not in ("list", "short_list"):
                # "Child | Initials | Team | Audit grade", one child a row:
                # the cases a thematic audit looked at, not its own team or
                # grade.
                continue
            if field == _SECTION and listing:
                # ("Auditing manager | Team | Audits | Agreed | Changed", one
                # manager a row: counts, though a number is a grade on the key.)
                continue
            if field == _SECTION:
                extraction.sections.append(SectionRow(cell.text.strip(), value.paragraphs))
            elif field and labels.field_type(field) in ("list", "short_list") and end > index + 2:
                extraction.add(field, [paragraph for below in rows[index + 1:end]
                                       for paragraph in _paragraphs_at(below, cell.column)], weak=is_weak, label=cell.text)
            elif field:
                extraction.add(field, value.paragraphs if value is not None else [], weak=is_weak, label=cell.text)
            elif value is not None and labels.names_people(cell.text, value.text):
                # "Siblings" over "Kai (4), Mia (6)": kept only to be redacted.
                extraction.named.append((cell.text, value.paragraphs))
        consumed = index + 2
        if listing or any(field and field not in _NOT_FIELDS and labels.field_type(field) in ("list", "short_list")
                          for field in header):
            consumed = end
        if single_list:
            # A spreadsheet list: one item per row under the label ("What
            # worked well" known by its meaning as much as "Strengths").
            items = list(_list_item(following, row).paragraphs)
            if _a_heading(_list_item(following, row)) and consumed < len(rows) \
                    and _list_item(rows[consumed], row) is not None:
                # "2. The family's views", then "Q1  What the family told us
                # about the help" printed as a heading, then the answer: the
                # answer alone.
                items = list(_list_item(rows[consumed], row).paragraphs)
                consumed += 1
            while consumed < len(rows) and _list_item(rows[consumed], row) is not None \
                    and _is_value_row(rows[consumed], labels) and not _a_heading(_list_item(rows[consumed], row)) \
                    and not _heads_another_list(_list_item(rows[consumed], row).text, header[0], labels):
                items += _list_item(rows[consumed], row).paragraphs
                consumed += 1
            extraction.add(header[0], items, weak=weak[0], label=row.cells[0].text)
        return consumed
    used: set[int] = set()
    named: list[tuple[str, list[Paragraph]]] = []
    position = 0
    while position < len(row.cells):
        field = fields[position]
        if _answers_itself(row, position, labels):
            # "Team: Children in Care Team | Service: Children in Care": each
            # cell a label with its value, read as a paragraph below.
            position += 1
            continue
        if field and _value_offset(row, position) == 2 and not fields[position + 2] \
                and row.cells[position + 2].text.strip() and not _headings_row(row):
            # "Observer | Name and role | Karen Holt, Team Manager" (not
            # "Agency | Auditor | Role | Attended", a list's headings)
            extraction.add(field, row.cells[position + 2].paragraphs)
            used.update((position, position + 1, position + 2))
            position += 3
            continue
        # ("Overall grade across the sample", known by its meaning, too.)
        graded = field or (labels.meant(row.cells[position].text) if extraction.grade_columns
                           and row.cells[position].text.strip() else None)
        if graded and labels.field_type(graded) == "grade" and extraction.grade_columns \
                and row.cells[position + 1:] and all(not cell.text.strip() or _bare_mark(cell, labels)
                                                     for cell in row.cells[position + 1:]):
            # (A blank box on the fill of the boxes written in around it,
            # "Grade after moderation | ", is no mark.)
            boxes = {(cell.shading or "").upper() for other in rows for cell in other.cells[1:] if cell.text.strip()}
            marked = [extraction.grade_columns.get(cell.column) for cell in row.cells[position + 1:]
                      if labels.is_tick(cell) or (_shaded(cell) and cell.shading.upper() not in boxes)]
            if len(marked) == 1 and marked[0]:
                # "Overall grade | | | X" under the grid's "1 | 2 | 3 | 4", or
                # the one cell under them filled in.
                extraction.add(graded, [], marked[0], weak=field is None)
                used.update(range(position, len(row.cells)))
                break
        question = field or (labels.meant(row.cells[position].text) if row.cells[position].text.strip() else None)
        if question and labels.field_type(question) == "yes_no":
            answered = _printed_answers(rows, index, position, labels)
            if answered is not None:
                # "Is there an immediate concern? | Yes | No" with the mark
                # beside or beneath the answer.
                extraction.add(question, [], answered[0], weak=field is None)
                if answered[1] == 2:
                    detail = _answer_detail(rows, index, position)
                    if answered[0] and question == "urgent_concern" and "urgent_concern_detail" in labels.kind.fields:
                        extraction.add("urgent_concern_detail", detail)
                    return index + 2
                used.update(range(position, len(row.cells)))
                break
        options = _printed_grades(rows, index, row.cells[position], labels) \
            if field and labels.field_type(field) == "grade" else None
        if options is not None:
            extraction.add(field, options.paragraphs, options.decided)
            if options.rows == 2:
                return index + 2
            used.update(range(position, len(row.cells)))
            break
        marked = _option_marked(row.cells[position + 1:], labels) \
            if field and labels.field_type(field) == "text" else None
        if marked is not None:
            # "Type of transfer | Step up | | Step down | X": the option marked.
            extraction.add(field, marked.paragraphs)
            used.update(range(position, len(row.cells)))
            break
        if field and labels.field_type(field) in _SHAPED_TYPES and position + 2 < len(row.cells) \
                and not fields[position + 1] and not labels.fits(field, row.cells[position + 1].text):
            later = next((cell for cell in row.cells[position + 2:] if not labels.cell_field(cell)
                          and labels.fits(field, cell.text)), None)
            if later is not None:
                # "Overall judgement | Taking all areas into account, what is
                # the child's experience? | INADEQUATE": the value past a prompt.
                extraction.add(field, later.paragraphs)
                used.update(range(position, row.cells.index(later) + 1))
                position = row.cells.index(later) + 1
                continue
        if field and labels.field_type(field) == "note" and _a_grids_row(rows, index, position, labels):
            # "What the family said | Mostly. … | They came after work … |
            # …" under the six pillars' names: one answer for each column,
            # none of them the form's own box.
            used.update(range(position, len(row.cells)))
            break
        if field in ("child_name", "family_names") and position + 1 < len(row.cells) and not fields[position + 1] \
                and not labels.fits(field, row.cells[position + 1].text):
            # "Child | Discussed in session | Decision …": the header of a
            # list of children, not a child named "Discussed in session".
            position += 1
            continue
        if field and position + 1 < len(row.cells) and not fields[position + 1]:
            end = position + 2
            if labels.field_type(field) in ("dates", "case_ids"):
                # "Sessions reviewed | 27/07 | 25/08 | 23/09": one a cell.
                while end < len(row.cells) and not fields[end] and labels.plausible_value(field, row.cells[end].text):
                    end += 1
            # "Direction of transfer | ☐ Step down to Early Help | ☒ Step up
            # to Children's Social Care": the options a box each, one a cell.
            while end < len(row.cells) and not fields[end] and _a_box(row.cells[position + 1]) and _a_box(row.cells[end]):
                end += 1
            if labels.field_type(field) == "text" and _unpicked_or_picked(row.cells[position], row.cells[position + 1:],
                                                                          labels):
                # "Type of contact | Home visit | Phone | Video (Teams) | Family
                # hub", all but one struck through: the one left. None picked
                # out is no answer, never the first option.
                chosen = _option_left(row.cells[position], row.cells[position + 1:], labels)
                if chosen is not None:
                    extraction.add(field, chosen.paragraphs)
                used.update(range(position, len(row.cells)))
                position = len(row.cells)
                continue
            beside = row.cells[position + 1]
            if labels.field_type(field) not in _SHAPED_TYPES and len(row.filled()) >= 3 and _printed_as_label(beside) \
                    and _printed_as_label(row.cells[position]) \
                    and (beside.shading or "").upper() == (row.cells[position].shading or "").upper():
                # "Auditing manager | Team | Audits | Agreed | Changed": a row
                # of headings over a list, each printed alike; "Audits" is no team.
                position += 1
                continue
            # ("Observer signature | Karen Holt", then "Date | 02-Oct-2026":
            # the day it was signed, the form's date only if none other is.)
            signed = field == "date" and index > 0 and bool(rows[index - 1].filled()) \
                and _SIGNATURE_LABEL.search(rows[index - 1].filled()[0].text) is not None
            # ("Agreed by | Robert Ainsworth", "Date | 06-Oct-2026",
            # "Moderated judgement | good": the day the moderator agreed it.)
            signed = signed or (field == "date" and any(
                other.filled() and labels.cell_meaning(other.filled()[0]) in ("moderated_grade", "moderator")
                for other in rows))
            extraction.add(field, [paragraph for cell in row.cells[position + 1:end] for paragraph in cell.paragraphs],
                           weak=signed, label=row.cells[position].text)
            used.update(range(position, end))
            position = end
            moderated = _moderators_grade(rows, index, end, labels) if field == "grade" else None
            if moderated is not None:
                extraction.add("moderated_grade", moderated.paragraphs)
                used.add(row.cells.index(moderated))
            continue
        if not field and position + 1 < len(row.cells) and not fields[position + 1]:
            # A label nobody listed, known by its meaning, with a value
            # beside it that looks like that field's value.
            skip = _value_offset(row, position)
            value = row.cells[position + skip]
            meant = labels.label_meant(row.cells[position].text, value.text)
            if meant and labels.field_type(meant) == "text" \
                    and _unpicked_or_picked(row.cells[position], row.cells[position + 1:], labels):
                # "How did we speak to the family? | Home visit | Telephone
                # call | …", the one chosen picked out (none, no answer).
                chosen = _option_left(row.cells[position], row.cells[position + 1:], labels)
                if chosen is not None:
                    extraction.add(meant, chosen.paragraphs, weak=True)
                used.update(range(position, len(row.cells)))
                position = len(row.cells)
                continue
            typed = meant is not None and labels.field_type(meant) in _SHAPED_TYPES
            # The value may use the label's words, saying more ("Transfer |
            # Step up to Children's Social Care") or answering the label's
            # question ("Was the case stepped up or stepped down? | Step up
            # to Children's Social Care"); a second label does neither.
            says_more = labels.meant(value.text) == meant \
                and (len(value.text.split()) >= len(row.cells[position].text.split()) + 1
                     or row.cells[position].text.strip().endswith("?"))
            # A sentence is an answer, whatever its words mean as a label
            # ("What would make it better | Summarise the agreed actions …").
            sentence = value.text.strip().endswith(".") and len(value.text.split()) > 4
            # A team's own name uses the words of a team's label ("Worker's
            # pod | Safeguarding Unit").
            team_name = meant in ("team", "service") and _proper_name(value.text) and not labels.cell_field(value)
            # Two cells printed alike as labels, in bold on the same fill, are
            # two columns' headings ("Referred to hub | Discussed at hub
            # meeting | Matched to"), the values beneath; a value of a shape
            # of its own is a value however printed ("Overall grade | Good"
            # both on the overall's fill).
            headings = not typed and _printed_as_label(value) and _printed_as_label(row.cells[position]) \
                and (value.shading or "").upper() == (row.cells[position].shading or "").upper()
            # A value written plain beside a label printed as the form's
            # labels are is its answer ("How we spoke with the family |
            # Family hub"), whatever its words would mean as a label.
            # (Or a question so printed: "How did we speak to the family? |
            # At the family hub".)
            written = _a_heading(row.cells[position]) and not value.bold and not value.shading
            # ("2. Family voice and engagement | Outstanding / Good / …", one
            # picked out: an area's grade, though its name means a box.)
            graded = labels.field_type(meant) != "grade" and (_one_option_marked(value, labels)
                                                              or _labelled_grade(value, labels) is not None) \
                if meant else False
            if meant and not headings and not graded and labels.fits(meant, value.text) \
                    and (typed or says_more or sentence or team_name or written or not labels.meant(value.text)):
                extraction.add(meant, value.paragraphs, weak=True, label=row.cells[position].text)
                used.update(range(position, position + skip + 1))
                position += skip + 1
                continue
            if not meant and labels.names_people(row.cells[position].text, value.text) \
                    and not labels.cell_field(value) and not any(is_professional(cell.text) for cell in row.cells) \
                    and not (len(row.filled()) >= 4 and len(value.text.split()) < 2):
                # "Health visiting | Trevor Hebden | Specialist Health
                # Visitor" is a professional's row, not a family's; "Supervision
                # on | Management | Support | Development", a row of headings,
                # or "29.07.26 | X | X | X", are no one's names.
                named.append((row.cells[position].text, value.paragraphs))
        position += 1
    if not used and _bare_section_row(row, labels, extraction):
        return index + 1
    if not any(fields) and following is not None and _section_columns(row, following, labels, extraction):
        return index + 2
    extraction.named.extend(named)
    for position, cell in enumerate(row.cells):
        if position not in used:
            _paragraphs(cell.paragraphs, labels, extraction)
    return index + 1


# A signature's label: "Observer signature", "Signed (observer)".
_SIGNATURE_LABEL = re.compile(r"(?i)\bsign(?:ed|ature)\b")


# An area's code alone: "A1", "2.3", "B".
_ITEM_CODE = re.compile(r"(?i)[a-z]?\d{0,2}(?:\.\d{1,2})*[.)]?")
# An item's number or bullet in a column of its own: "1.", "(b)", "•".
# (Or numbered within its part: "5.1".)
_ITEM_NUMBER = re.compile(r"^(?:\(?(?:\d{1,2}(?:\.\d{1,2})?|[a-z])[.):]?|[\u2022\u25cf\u25aa\u2023\u2043*\u2013-])$",
                          re.IGNORECASE)


def _same_label_down(rows: list[Row], index: int, labels: Labels) -> tuple[str, list[Paragraph], int] | None:
    """"Working well | The core group meets on time.", then "Working well |
    Direct work is on file." and so on: a list's label repeated down its
    rows, an item beside each (or numbered: "Action 1 | …", "Action 2 |
    …"); (the list's field, the items, the index after them), or None."""
    def labelled(row: Row) -> str | None:
        filled = row.filled()
        return re.sub(r"\s*\d{1,2}[.:)]?$", "", filled[0].text.strip()) \
            if len(filled) == 2 and filled[0] is row.cells[0] else None

    label = labelled(rows[index])
    end = index
    while end < len(rows) and label is not None and labelled(rows[end]) == label:
        end += 1
    if end - index == 1:
        # "What is working well | The assessment is analytical …", then the
        # next points each a row under the first, the label's cell left
        # empty: one list down its column.
        column = rows[index].filled()[1].column
        while end < len(rows) and len(rows[end].filled()) == 1 and rows[end].filled()[0].column == column > 0:
            end += 1
    return _listed_down(rows, index, end, labels)


def _listed_down(rows: list[Row], index: int, end: int, labels: Labels) -> tuple[str, list[Paragraph], int] | None:
    """The list labelled in `rows[index]`, its items the last filled cell
    of each row to `end`: (its field, the items, `end`); None where the
    label is no list's or only one row holds it."""
    if end - index < 2:
        return None
    field = labels.cell_meaning(rows[index].filled()[0])
    if field is None or labels.field_type(field) not in ("list", "short_list"):
        return None
    return field, [paragraph for row in rows[index:end] for paragraph in row.filled()[-1].paragraphs], end


def _dates_across(row: Row, labels: Labels) -> tuple[str, list[Cell]] | None:
    """"Held on | 13 July 2026 | 13 August 2026 | 10 September 2026" under
    "Session | Session 1 | Session 2 | …": a label with dates one a cell, on
    a form with one field of dates (the sessions read); the field and the
    dates' cells, or None."""
    label, *dates = row.filled() or [None]
    fields = [name for name, spec in labels.kind.fields.items() if spec.type == "dates"]
    if label is None or len(dates) < 2 or len(fields) != 1 or not all(only_a_date(cell.text) for cell in dates):
        return None
    # (Whatever the label says, "Held on" or "Date", unless it is another field's.)
    meant = labels.cell_meaning(label)
    return (fields[0], dates) if meant in (None, "date", fields[0]) else None


def _person_titled(rows: list[Row], index: int, labels: Labels) -> tuple[str, Cell] | None:
    """A part titled by a person's label, "Completed by", over "Name |
    Liam Doherty": (the person's field, the name's cell); None for any
    other row."""
    if index + 1 >= len(rows) or len(rows[index].filled()) != 1 or len(rows[index + 1].filled()) != 2:
        return None
    field = labels.cell_field(rows[index].filled()[0])
    label, value = rows[index + 1].filled()
    if field not in PEOPLE or normalise(label.text) not in _BARE_NAME or not labels.fits(field, value.text):
        return None
    return field, value


_BARE_NAME = frozenset({"name", "full name", "print name", "name printed", "printed name"})


def _dates_column(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"Session | Date held | Agenda agreed? | …" over one session a row: on
    a form that records the dates of the sessions it read (one field of
    dates), the column of dates is theirs. Returns the index after the
    rows, 0 for any other table."""
    dated = [name for name, spec in labels.kind.fields.items() if spec.type == "dates"]
    header = rows[index]
    if len(dated) != 1 or len(header.filled()) < 2:
        return 0
    column = next((cell.column for cell in header.filled()
                   if labels.cell_meaning(cell) == "date"), None)
    if column is None and index + 2 < len(rows):
        # ("Supervision on | Management | Support | …": a head nothing
        # explains over a column of dates, told by its values.)
        column = next((cell.column for cell in header.filled() if labels.cell_meaning(cell) is None
                       and all(cell_at(row, cell.column) is not None and only_a_date(cell_at(row, cell.column).text)
                               for row in rows[index + 1:index + 3])), None)
    if column is None:
        return 0
    end = index + 1
    # (A spreadsheet's row ends at its last cell written in: "1 | 31/07/2026
    # | Yes | 7", its comment left blank, is a session's row all the same.)
    while end < len(rows) and _right_edge(rows[end]) <= _right_edge(header) and cell_at(rows[end], column) is not None \
            and only_a_date(cell_at(rows[end], column).text):
        end += 1
    if end - index - 1 < 2:
        return 0
    extraction.add(dated[0], [paragraph for below in rows[index + 1:end]
                              for paragraph in _paragraphs_at(below, column)], weak=True)
    return end


def _dates_strip(row: Row, following: Row, named: list[str], labels: Labels) -> bool:
    """Whether `row` heads a strip of dates, one of them a field's: "Referral
    / request | Threshold decision | Date of the step | First contact" over
    a date under each."""
    return len(named) == 1 and labels.field_type(named[0]) == "date" and len(row.filled()) >= 3 \
        and all(only_a_date(value.text.strip()) for cell in row.filled()
                for value in [cell_at(following, cell.column)] if value is not None) \
        and all(cell_at(following, cell.column) is not None for cell in row.filled())


def _label_and_value(row: Row, labels: Labels) -> bool | None:
    """For a row whose one filled cell is one line of a label and its value:
    True when the value is the field's ("Social worker: Hannah Lewis"),
    False when it is not ("Other children in household: None known");
    None for any other row."""
    filled = row.filled()
    if len(filled) != 1 or len(row.cells) > 2:
        return None
    lines = [paragraph for paragraph in filled[0].paragraphs if paragraph.text.strip()]
    if len(lines) != 1:
        return None
    found = labels.label_of(lines[0]) or labels.weak_label_of(lines[0])
    if found is not None and any(run.text.strip() for run in found[1]):
        return True
    label, colon, value = lines[0].text.partition(":")
    if colon and value.strip() and len(label) <= 60 and (labels.field(label) or labels.meant(label)):
        return False
    return None


def _stacked(row: Row, labels: Labels) -> list[tuple[str | None, list[Paragraph], bool]] | None:
    """(field, value, known only by meaning) for each filled cell of a row
    whose every cell holds a label in bold over its value in plain text, the
    value fitting the label; None for any other row. Guidance under a label
    (a question, a bracketed hint) is no value."""
    found = []
    for cell in row.filled():
        lines = [paragraph for paragraph in cell.paragraphs if paragraph.text.strip()]
        if len(lines) < 2 or not lines[0].bold or len(lines[0].text.strip()) > 60 \
                or any(line.bold for line in lines[1:]):
            return None
        value = "\n".join(line.text.strip() for line in lines[1:])
        if _prompt(value) or value.startswith(("(", "e.g.", "E.g.")):
            return None
        listed = labels.cell_field(cell)
        field = listed or labels.meant_by_value(lines[0].text, value)
        if field and (labels.field_type(field) in _SHAPED_TYPES or field in PEOPLE) and not labels.fits(field, value):
            return None
        found.append((field, lines[1:], listed is None))
    return found if any(field for field, _, _ in found) else None


def _labelled_inline(row: Row, labels: Labels) -> list[tuple[str, list[Paragraph], bool]] | None:
    """(field, value, known only by meaning) for each filled cell of a row
    of two or more whose every cell is one line "Label: value", the value
    after the colon; None for any other row."""
    filled = row.filled()
    if len(filled) < 2:
        return None
    found = []
    for cell in filled:
        lines = [paragraph for paragraph in cell.paragraphs if paragraph.text.strip()]
        if len(lines) != 1 or ":" not in lines[0].text:
            return None
        listed = labels.label_of(lines[0])
        said = listed or labels.weak_label_of(lines[0])
        if said is None or not "".join(run.text for run in said[1]).strip():
            return None
        found.append((said[0], [Paragraph(said[1])], listed is None))
    return found


def _list_item(row: Row, band: Row | None = None) -> Cell | None:
    """The item a row of a list holds: its one cell, or the cell after the
    item's number or bullet in a column of its own ("1." | "The plan is
    SMART"); under a `band` across the table titling the list ("What is
    working well"), the sentence in the first column, a note beside it
    ("… were up to date. | Code 6 – quality of own work")."""
    if len(row.cells) == 1:
        return row.cells[0]
    if len(row.cells) == 2 and _ITEM_NUMBER.match(row.cells[0].text.strip()) and row.cells[1].text.strip():
        return row.cells[1]
    if band is not None and len(band.cells) == 1 and band.cells[0].span >= _right_edge(row) - row.cells[0].column \
            and len(row.cells[0].text.split()) >= 5:
        return row.cells[0]
    return None


def _step_answered(row: Row, labels: Labels) -> bool | None:
    """Whether a row offering one way a family moved ("Step down to Early
    Help | Yes") is answered Yes (True) or No (False); None for any other row
    or a form that records no direction."""
    filled = row.filled()
    if "direction" not in labels.kind.fields or len(filled) != 2 or len(filled[0].text.split()) > 8 \
            or not STEP_STATED.match(filled[0].text.strip()):
        return None
    return read_yes_no(filled[1].text, *labels.answer_words)[0].value


def _list_heading(cell: Cell, labels: Labels) -> str | None:
    """The short list a header cell names ("Agency", "Agencies involved")."""
    field = labels.cell_meaning(cell)
    return field if field is not None and labels.field_type(field) == "short_list" else None


def _column_list(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"Agency | Representative" (or "Agency | Involved? | Name") over one
    agency a row: the list read down its first column, only the rows marked
    (X, a tick, Yes) where a column holds nothing but such marks. Returns
    the index after the rows, 0 when `rows[index]` heads no such list."""
    header = rows[index].filled()
    cells = rows[index].cells
    # ("  | Agency | Representative (role)": a column of marks first, its
    # head left empty, "✓" against each agency that attended.)
    first = 1 if len(cells) > 1 and not cells[0].text.strip() and header and header[0].column == cells[1].column \
        else 0
    # ("Agency | Represented by | Role | Met expectations | Partly met | Not
    # met": who spoke for each, and how far it did its part.)
    if not 2 <= len(header) <= 6 or header[0].column != cells[first].column:
        return 0
    field = _list_heading(header[0], labels)
    # "Agency | What they do in the plan | At last TAF?" on a form that keeps
    # no list of agencies: its rows are agencies all the same, no labels
    # ("Youth service | 1:1 sessions" names no service audited); read past.
    # (Every head printed as one: "Agency | Northmoor Council Children's
    # Services" is a label and its value.)
    unkept = field is None and "agencies" not in labels.kind.fields and all(cell.bold for cell in header) \
        and labels.definitions.meaning.field(header[0].text, ("agencies",)) == "agencies"
    # ("What they do in the plan": a column head of six words.)
    if (field is None and not unkept) or any(len(cell.text.split()) > 6 or any(character.isdigit() for character in cell.text)
                            or (labels.cell_field(cell) and labels.field_type(labels.cell_field(cell)) != "text")
                            for cell in header[1:]):
        return 0
    end = index + 1
    # A row whose first cell is a label ends the list; its other cells may
    # say who spoke for the agency in a label's words ("Allocated social worker").
    # (A row may leave the last columns empty: "Police | N".)
    # (So does a row whose first cell is printed in bold under items that
    # are not: "Joint finding | …", "Grade for this KLOE | Good" closing a
    # line of enquiry's agency-by-agency findings.)
    columns = {cell.column for cell in header} | {cells[0].column}
    while end < len(rows) and (len(rows[end].cells) == len(cells)
                               or {cell.column for cell in rows[end].filled()} <= columns) \
            and len(rows[end].cells) > first and rows[end].cells[first].text.strip() \
            and rows[end].cells[first].column == cells[first].column \
            and not labels.cell_field(rows[end].cells[first]) \
            and not (end > index + 1 and rows[end].cells[first].bold and not rows[index + 1].cells[first].bold):
        end += 1
    body = rows[index + 1:end]
    if len(body) < 2:
        return 0
    yes, no = labels.answer_words

    def marked(cell: Cell | None) -> bool:
        return cell is not None and (labels.is_tick(cell) or normalise(cell.text) in yes)

    def answers(column: int) -> bool:
        cells = [cell_at(row, column) for row in body]
        # (An empty box, "☐", is no mark.)
        return any(marked(cell) for cell in cells) and all(
            cell is None or marked(cell) or normalise(cell.text) in no or not cell.text.strip(" " + UNTICKED) for cell in cells)

    def named(column: int) -> bool:
        cells = [cell_at(row, column) for row in body]
        return all(cell is not None and cell.text.strip() and not marked(cell) and normalise(cell.text) not in no
                   for cell in cells)

    marks = cells[0] if first and answers(cells[0].column) \
        else next((cell for cell in header[1:] if answers(cell.column)), None)
    if first and marks is None:
        return 0
    if marks is not None and not first and not _INVOLVED.search(marks.text) and any(named(cell.column) for cell in header[1:]):
        # "Agency | Represented by | Records reviewed": every agency listed
        # has someone who spoke for it; the marks say what each one did, not
        # whether it took part ("Involved?").
        marks = None
    chosen = [row for row in body if marks is None or marked(cell_at(row, marks.column))]
    if field is None:
        return end
    extraction.add(field, [paragraph for row in chosen for paragraph in row.cells[first].paragraphs])
    auditors = next((cell.column for cell in header[1:] if labels.cell_meaning(cell) == "auditor"),
                    None)
    leads = [row for row in body if any(_LEAD_AUDITOR.search(cell.text) for cell in row.filled())]
    if auditors is not None and len(leads) == 1 and cell_at(leads[0], auditors) is not None:
        # "Children's Social Care | Sarah Hollins | Safeguarding Practice
        # Manager – lead auditor": the audit's own auditor.
        extraction.add("auditor", cell_at(leads[0], auditors).paragraphs, weak=True)
    return end


def _a_heading(cell: Cell | None) -> bool:
    """Whether a spreadsheet's cell is printed as a heading: in bold on a
    fill ("Q2  Did you get the right help, in the right place, at the right
    time?"), where the answers are plain."""
    return cell is not None and cell.bold and (cell.shading or "").upper() not in _NO_FILL


# A column of marks saying whether each agency took part.
_INVOLVED = re.compile(r"(?i)\binvolve|\btak(?:ing|es?) part\b|\bparticipat|\bcontribut")
_LEAD_AUDITOR = re.compile(r"(?i)\blead (?:auditor|reviewer)\b")


def _proper_name(text: str) -> bool:
    """Two words or more, each capitalised but the little ones: "Safeguarding
    Unit", "Children with Disabilities Team"."""
    words = text.split()
    return len(words) >= 2 and all(word[:1].isupper() or word[:1].isdigit() or word in ("and", "of", "the", "with", "for")
                                   for word in words)


def _scores_by_case(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"Practice area | 1 | 2 | … | 8 | Sample" over one area a row: a dip
    sample's scores for each case, numbered as the cases are listed, then
    the area's grade across the sample in the last column. Returns the
    index after the rows, 0 when `rows[index]` heads no such grid."""
    header = rows[index].filled()
    if len(header) < 5 or labels.section_role(labels.fold(header[0].text)) != "section":
        return 0
    numbers = [cell.text.strip() for cell in header[1:-1]]
    if numbers != [str(number) for number in range(1, len(numbers) + 1)]:
        return 0
    last = header[-1].column
    end = index + 1
    areas = []
    while end < len(rows) and len(rows[end].filled()) >= 2:
        name, grade = rows[end].filled()[0], cell_at(rows[end], last)
        if grade is None or labels.grades.read(grade.text).value is None:
            break
        areas.append(SectionRow(name.text.strip(), grade.paragraphs))
        end += 1
    if not areas:
        return 0
    extraction.sections.extend(areas)
    return end


# Whose mark a letter in an overview's case grid is, as forms key it: "Mark
# A under the auditor's grade and M under the moderated grade (AM where they
# agree)".
_AUDITORS_MARK = frozenset({"a", "aud", "auditor"})
_BOTH_MARKS = frozenset({"am", "ma", "a m", "m a", "a/m", "a+m", "a & m", "a and m"})


def _cases_marked(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"Case ref | Team | Auditor | Outstanding | Good | RI | Inadequate" over
    one case a row, the cases an overview moderated, marked under the grades:
    the auditor's mark ("A") and the moderator's ("M", "HoS", or in the
    moderator's colour), where the moderator left no mark the grade after
    moderation left unread (asked about, not taken from the auditor's); or
    one plain mark a row, the grade agreed at moderation, beside a column of
    the auditor's grades and whether the moderator agreed. Returns the index
    after the cases, 0 when `rows[index]` heads no such grid."""
    header = rows[index]
    columns = {role: column for role, column in labels.header_columns(header, MATRIX).items()
               if role in labels.grades.grades}
    meant = {cell.column: labels.cell_meaning(cell) for cell in header.filled()}
    ids = [column for column, field in meant.items() if field == "case_id"]
    if len(columns) < 3 or len(ids) != 1:
        return 0
    heads = {column: cell_at(header, column) for column in columns.values()}
    # ("Auditor's grade" beside the marks: the grade before moderation.)
    audited = next((column for column, field in meant.items() if field == "grade" and column not in heads), None)
    # ("Moderated grade" typed beside the auditor's marks: the grade after moderation.)
    moderated = next((column for column, field in meant.items() if field == "moderated_grade" and column not in heads),
                     None)
    agreement = _agreement_column(header, meant, labels)
    listed: list[CaseRow] = []
    lettered = plain = False
    end = index + 1
    while end < len(rows):
        case = _case_cell(rows[end], ids[0], labels)
        if case is None:
            break
        marks = {column: normalise(cell.text) for column in heads
                 for cell in [cell_at(rows[end], column)] if cell is not None and cell.text.strip()}
        shaded = _filled_apart([cell_at(rows[end], column) or Cell(column=column) for column in heads]) \
            if not marks else None
        if shaded is not None:
            # ("The auditor's grade is the shaded cell.": one cell filled in.)
            marks = {shaded.column: "x"}
            plain = True
        moderators = [column for column, mark in marks.items()
                      if mark == "m" or mark in _BOTH_MARKS or _moderators_mark_in(cell_at(rows[end], column))]
        auditors = [column for column, mark in marks.items() if column not in moderators or mark in _BOTH_MARKS]
        lettering = bool(moderators) or any(marks[column] in _AUDITORS_MARK for column in auditors)
        lettered = lettered or lettering
        plain = plain or (len(marks) == 1 and not lettering and labels.is_tick(cell_at(rows[end], next(iter(marks)))))
        grades: dict[str, list[Paragraph]] = {}
        if audited is not None:
            grades["grade"] = _paragraphs_at(rows[end], audited)
            # One plain mark beside the auditor's grade: the grade agreed.
            moderators = moderators or (auditors if len(auditors) == 1 else [])
        elif len(auditors) == 1:
            grades["grade"] = heads[auditors[0]].paragraphs
        if audited is not None or lettering:
            grades["moderated_grade"] = heads[moderators[0]].paragraphs if len(moderators) == 1 else []
        if moderated is not None and any(paragraph.text.strip() for paragraph in _paragraphs_at(rows[end], moderated)):
            grades["moderated_grade"] = _paragraphs_at(rows[end], moderated)
        listed.append(CaseRow(case.paragraphs, grades, _paragraphs_at(rows[end], agreement)))
        end += 1
    # (One case is a list too where the header has the moderator's own
    # columns: a sheet for each auditing manager, one audit on it.)
    if not listed or (len(listed) < 2 and moderated is None and agreement is None) or not (lettered or plain):
        return 0
    extraction.cases.extend(listed)
    return end


def _case_cell(row: Row, column: int, labels: Labels) -> Cell | None:
    """The cell of `row` in `column` when it holds a case's reference."""
    case = cell_at(row, column)
    return case if case is not None and labels.plausible_value("case_id", case.text) else None


def _cases_in_pairs(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"Case ref | Completed by | Judgement | HoS agrees? | Moderator's
    comments", the four grades under "Judgement" in a row of their own, then
    two rows a case: the auditor's (the case's reference, a mark under their
    grade), then the Head of Service's beneath it (no reference; a mark under
    the grade after moderation, whether they agree, their remarks). Returns
    the index after the cases, 0 when `rows[index]` heads no such list."""
    header = rows[index]
    grades_row = rows[index + 1] if index + 1 < len(rows) else None
    heads = {cell.column: labels.grades.heads_column(cell.text)
             for cell in (grades_row.filled() if grades_row is not None else [])}
    if len(heads) < 3 or not all(heads.values()):
        return 0
    meant = {cell.column: labels.cell_meaning(cell) for cell in header.filled()}
    ids = [column for column, field in meant.items() if field == "case_id"]
    if len(ids) != 1 or ids[0] in heads:
        return 0
    agreement, remarks = _agreement_column(header, meant, labels), _remarks_column(header)
    listed: list[CaseRow] = []
    end = index + 2
    while end < len(rows):
        case = _case_cell(rows[end], ids[0], labels)
        if case is None:
            break
        moderators = rows[end + 1] if end + 1 < len(rows) else None
        if moderators is None or (cell_at(moderators, ids[0]) or Cell()).text.strip():
            return 0  # a case a row: no pair
        listed.append(_case_in_two_rows(case, rows[end], moderators, heads, agreement, remarks))
        end += 2
    if len(listed) < 2:
        return 0
    extraction.cases.extend(listed)
    return end


def _case_in_two_rows(case: Cell, auditors: Row, moderators: Row, heads: dict[int, str], agreement: int | None,
                      remarks: int | None) -> CaseRow:
    """A case of an overview told in two rows: the auditor's, its grade
    marked under `heads` (column to grade), then the moderator's, marked
    under them after moderation, with whether they agreed and their remark
    in the columns `agreement` and `remarks`."""
    grades = {"grade": [Paragraph([Run(_grade_marked(auditors, heads) or "")])],
              "moderated_grade": [Paragraph([Run(_grade_marked(moderators, heads) or "")])]}
    return CaseRow(case.paragraphs, grades, _paragraphs_at(moderators, agreement), _paragraphs_at(moderators, remarks))


def _grade_marked(row: Row, heads: dict[int, str]) -> str | None:
    """The grade marked in `row` under columns each heading one (`heads`,
    column to grade): a mark typed under one of them, or the one cell
    shaded; None where none is, or more than one."""
    found = [column for column in heads for cell in [cell_at(row, column)] if cell is not None and cell.text.strip()]
    shaded = _filled_apart([cell_at(row, column) or Cell(column=column) for column in heads]) if not found else None
    found = found or ([shaded.column] if shaded is not None else [])
    return heads[found[0]] if len(found) == 1 else None


def _cases_by_whom(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"Case ref | Grade by | Outstanding | Good | RI | Inadequate | Note"
    over two rows a case, told apart by who graded: the auditor's
    ("Auditor (Sarah Hollins)", a mark under their grade), then the panel's
    or moderator's beneath it ("Panel": the reference merged down or
    written again, a mark under the grade after moderation or none, their
    note). Returns the index after the cases, 0 when `rows[index]` heads
    no such list."""
    header = rows[index]
    heads = {column: grade for grade, column in labels.header_columns(header, MATRIX).items()
             if grade in labels.grades.grades}
    meant = {cell.column: labels.cell_meaning(cell) for cell in header.filled()}
    ids = [column for column, field in meant.items() if field == "case_id"]
    if len(heads) < 3 or len(ids) != 1 or index + 2 >= len(rows):
        return 0
    whose = next((cell.column for cell in header.filled() if cell.column not in heads and cell.column != ids[0]
                  and _AUDITORS_ROW.match((cell_at(rows[index + 1], cell.column) or Cell()).text)
                  and _MODERATORS_ROW.fullmatch((cell_at(rows[index + 2], cell.column) or Cell()).text)), None)
    if whose is None:
        return 0
    agreement, remarks = _agreement_column(header, meant, labels), _remarks_column(header)
    listed: list[CaseRow] = []
    end = index + 1
    while end + 1 < len(rows):
        first, second = rows[end], rows[end + 1]
        case = _case_cell(first, ids[0], labels)
        again = (cell_at(second, ids[0]) or Cell()).text.strip()
        if case is None or not _AUDITORS_ROW.match((cell_at(first, whose) or Cell()).text) \
                or not _MODERATORS_ROW.fullmatch((cell_at(second, whose) or Cell()).text) \
                or (again and normalise(again) != normalise(case.text)):
            break
        listed.append(_case_in_two_rows(case, first, second, heads, agreement, remarks))
        end += 2
    if len(listed) < 2:
        return 0
    extraction.cases.extend(listed)
    return end


# Who graded, in an overview's rows of cases: the auditor ("Auditor (Sarah
# Hollins)", "Audit", "TM"), then the panel or moderator ("Panel", "HoS
# moderation").
_AUDITORS_ROW = re.compile(r"(?i)\s*(?:auditor|audit|audited\s+by|team\s+manager|tm|manager)\b")
_MODERATORS_ROW = re.compile(r"(?i)\s*(?:(?:moderation\s+)?panel|moderat(?:or|ion|ed)|hos|head\s+of\s+service)"
                             r"(?:\s+(?:moderation|decision|grade))?\s*(?:\([^()]*\))?\s*")


def _remarks_column(header: Row) -> int | None:
    """The column of a header of cases holding the moderator's remarks on
    each ("HoS comments", "Feedback to auditor")."""
    return next((cell.column for cell in header.filled() if _REMARKS_HEAD.search(cell.text)), None)


# The head of the moderator's remarks on each case of an overview.
_REMARKS_HEAD = re.compile(r"(?i)\b(?:comments?|remarks?|feedback|rationale|notes?)\b")


def _agreement_column(header: Row, meant: dict[int, str | None], labels: Labels) -> int | None:
    """The column of a header of cases that says whether the moderator
    agreed ("Agree?", "HoS agrees with grade?"); `meant` is each cell's field."""
    return next((cell.column for cell in header.filled() if _agreement_head(cell.text, meant[cell.column], labels)),
                None)


def _cases_in_two_banks(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"Case ref | Auditor | Auditor's grade | Moderated grade (HoS) |
    Agree?" over "O | G | RI | I" under each of the two grades, then one
    case a row marked in each bank: the auditor's grade and the grade after
    moderation (none where the moderator left no mark). Returns the index
    after the cases, 0 when `rows[index]` heads no such grid."""
    if index + 2 >= len(rows):
        return 0
    header, scale = rows[index], rows[index + 1]
    meant = {cell.column: labels.cell_meaning(cell) for cell in header.filled()}
    ids = [column for column, field in meant.items() if field == "case_id"]
    banks: dict[str, dict[int, list[Paragraph]]] = {}
    for cell in header.filled():
        if meant[cell.column] in ("grade", "moderated_grade") and cell.span >= 3:
            under = [below for below in scale.filled() if cell.column <= below.column < cell.column + cell.span]
            heads = labels.grades.heads_columns(below.text for below in under)
            if len(under) == cell.span and all(heads):
                # (Each column by the grade it heads: "G" is Good here, key or none.)
                banks[meant[cell.column]] = {below.column: [Paragraph([Run(head)])] for below, head in zip(under, heads)}
    named, names = header, meant
    if not ids:
        # The banks' titles alone over the row that names the rest: "| |
        # Manager's grade | HoS grade" over "Ref | … | O | G | RI | I |
        # Agree? | O | G | RI | I | HoS comments".
        named = scale
        names = {cell.column: labels.cell_meaning(cell) for cell in scale.filled()}
        ids = [column for column, field in names.items() if field == "case_id"]
    if len(ids) != 1 or set(banks) != {"grade", "moderated_grade"}:
        return 0
    agreement = _agreement_column(named, names, labels)
    remarks = _remarks_column(named)
    listed: list[CaseRow] = []
    end = index + 2
    while end < len(rows):
        case = _case_cell(rows[end], ids[0], labels)
        if case is None:
            break
        grades: dict[str, list[Paragraph]] = {}
        for role, bank in banks.items():
            marked = _marked_in([cell_at(rows[end], column) or Cell() for column in bank])
            grades[role] = bank[marked[0].column] if len(marked) == 1 else []
        listed.append(CaseRow(case.paragraphs, grades, _paragraphs_at(rows[end], agreement),
                              _paragraphs_at(rows[end], remarks)))
        end += 1
    if len(listed) < 2:
        return 0
    extraction.cases.extend(listed)
    return end


def _marked_in(cells: list[Cell]) -> list[Cell]:
    """The cells of a bank of grade columns marked in one row: those written
    in, or where none is, the one filled in a shade the others are not
    (grey among plain cells, or among cells of the moderator's fill)."""
    written = [cell for cell in cells if cell.text.strip()]
    if written:
        return written
    apart = _filled_apart(cells) if len(cells) >= 3 else None
    return [apart] if apart is not None else []


def _cases_across(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"| Audit 1 | Audit 2 | Audit 3" over rows labelled in the first
    column ("Case no.", "Grade given", "Agree?", "HoS grade where
    changed"): an overview's cases one to a column. A grade left blank
    under a label that asks for it only where changed is the auditor's,
    agreed. Returns the index after the rows read, 0 when `rows[index]`
    heads no such grid."""
    heads = rows[index].filled()
    found: dict[str, Row] = {}
    if len(heads) >= 3 and labels.cell_meaning(heads[0]) == "case_id" \
            and all(labels.plausible_value("case_id", cell.text) for cell in heads[1:]):
        # ("Case ref | CS-6995989 | CS-3292587 | …": the references head the
        # columns themselves, their label left of them as the others' are.)
        found["case_id"] = rows[index]
        heads = heads[1:]
    elif len(heads) < 2 or not all(_CASE_COLUMN.fullmatch(cell.text.strip()) for cell in heads) \
            or index + 1 >= len(rows) or not rows[index + 1].filled() \
            or rows[index + 1].filled()[0].column >= heads[0].column:
        return 0  # (the labels stand in a column of their own, left of the cases)
    columns = [cell.column for cell in heads]
    agreement: Row | None = None
    remarks: Row | None = None
    only_if_changed = False
    marked: dict[str, dict[int, list[str]]] = {}
    end = index + 1
    while end < len(rows) and rows[end].filled():
        label = rows[end].cells[0]
        if label.column < columns[0] and label.text.strip():
            field = labels.cell_meaning(label)
            if _agreement_head(label.text, field, labels):
                agreement = rows[end]
            elif _REMARKS_HEAD.search(label.text) and remarks is None:
                remarks = rows[end]
            elif field in ("case_id", "grade", "moderated_grade") and field not in found:
                found[field] = rows[end]
                only_if_changed = only_if_changed or (field == "moderated_grade" and bool(_ONLY_IF_CHANGED.search(label.text)))
                if field != "case_id" and not any(cell_at(rows[end], column) not in (None, label)
                                                  and cell_at(rows[end], column).text.strip() for column in columns):
                    # "TM grade", then "O", "G", "RI" and "I" a row each, a
                    # mark in each case's column against its grade.
                    headed = ((_grade_heading(row.cells[0].text, labels) if row.cells else None, row)
                              for row in rows[end + 1:])
                    options = list(itertools.takewhile(lambda option: option[0] is not None, headed))
                    if len(options) >= 3:
                        for grade, row in options:
                            for column in columns:
                                if cell_at(row, column) is not None and labels.is_tick(cell_at(row, column)):
                                    marked.setdefault(field, {}).setdefault(column, []).append(grade)
                        end += len(options)
        end += 1
    if "case_id" not in found or "grade" not in found:
        return 0
    for column in columns:
        case = _case_cell(found["case_id"], column, labels)
        if case is None:
            continue
        grades = {field: _paragraphs_at(found[field], column) for field in ("grade", "moderated_grade") if field in found}
        for field, by_column in marked.items():
            # (Two grades marked for one case are no answer: none is read.)
            chosen = by_column.get(column, [])
            grades[field] = [Paragraph([Run(chosen[0])])] if len(chosen) == 1 else []
        agreed = _paragraphs_at(agreement, column) if agreement is not None else []
        if only_if_changed and not any(paragraph.text.strip() for paragraph in grades.get("moderated_grade", [])) \
                and not agreed:
            agreed = [Paragraph([Run("Agreed")])]  # "HoS grade (only if changed)" left blank
        extraction.cases.append(CaseRow(case.paragraphs, grades, agreed,
                                        _paragraphs_at(remarks, column) if remarks is not None else []))
    return end


def _grade_heading(text: str, labels: Labels) -> str | None:
    """The grade a row's heading stands for: "Good", "RI", or an initial
    among the others ("O", "G", "RI", "I" down a column)."""
    return labels.grades.heads_column(text) or labels.grades.initial(text)


# "Audit 1", "Case 2", "3": a column of one case.
_CASE_COLUMN = re.compile(r"(?i)(?:audit|case|file|review)?\s*(?:no\.?\s*)?\d{1,2}")
# "HoS grade where changed", "New grade (only if changed)": blank where agreed.
_ONLY_IF_CHANGED = re.compile(r"(?i)\b(?:where|if|only if|when)\s+(?:changed|different|it differs|not agreed)")


# "Do you agree with the overall judgement?", "Agree with the lead
# auditor's grade?", "HoS agrees with the rating".
_AGREES = re.compile(r"(?i)^\W*(?:(?:do you |does the (?:hos|head of service|moderator) |hos |moderator )?agrees? with "
                     r"(?:the |your )?(?:(?:lead )?auditor['\u2019]s |overall |audit )*(?:grade|grading|judgement|judgment|evaluation"
                     r"|rating|score)\b[^.]*\??"
                     # ("Evaluation agreed?")
                     r"|(?:overall )?(?:grade|grading|judgement|judgment|evaluation|rating|score) agreed\s*(?:\?|\(y/?n\)))\s*$")


def _agreement(row: Row, labels: Labels) -> bool | None:
    """The answer, Yes or No, a row gives to whether the Head of Service
    agrees with the auditor's grade; None for any other row."""
    filled = row.filled()
    if len(filled) != 2 or not _AGREES.match(filled[0].text.strip()):
        return None
    return labels.agreement(filled[1].text)


def _options_down(rows: list[Row], index: int, labels: Labels) -> tuple[str, Cell, int] | None:
    """(field, option chosen, index after the rows) where a label's options
    stand one a row down its value's column, one of them ticked in a
    column of marks: "Direction | Step up to Children's Social Care", then
    " | Step down to Early Help | ✓". None for any other row."""
    filled = rows[index].filled()
    if len(filled) not in (2, 3):
        return None
    label, first = filled[0], filled[1]
    field = labels.cell_field(label) or (labels.meant(label.text) if label.text.strip() else None)
    if field is None or labels.field_type(field) != "text" or labels.is_tick(first):
        return None
    options = [(first, filled[2] if len(filled) == 3 else None)]
    end = index + 1
    while end < len(rows):
        cells = rows[end].filled()
        option = next((cell for cell in cells if cell.column == first.column), None)
        if option is None or len(cells) > 2 or any(cell.column < first.column for cell in cells) \
                or labels.is_tick(option):
            break
        options.append((option, next((cell for cell in cells if cell is not option), None)))
        end += 1
    if len(options) < 2 or any(mark is not None and not labels.is_tick(mark) for _, mark in options):
        return None
    marked = [option for option, mark in options if mark is not None]
    return (field, marked[0], end) if len(marked) == 1 else None


def _options_marked_below(rows: list[Row], index: int, labels: Labels) -> tuple[str, Cell] | None:
    """"How the conversation was held | Visit at home | Telephone | Video
    (Teams) | Family hub" over "(mark one) | | X | |": the field and the
    option over the one mark (a tick, or a cell filled in) in the row
    beneath. None where the row is no such choice, or where nothing or more
    than one option is marked (nothing to read, or a doubt to ask about)."""
    if index + 1 >= len(rows) or len(rows[index].filled()) < 4:
        return None
    label, *options = rows[index].filled()
    field = labels.cell_meaning(label)
    if field is None or labels.field_type(field) != "text" \
            or any(len(option.text.split()) > 5 or labels.is_tick(option) for option in options):
        return None
    above = {option.column: option for option in options}
    below = rows[index + 1]
    if any(cell.column not in above and cell.column != label.column for cell in below.filled()):
        return None
    marked = [cell for cell in below.cells if cell.column in above and (cell.text.strip() or _shaded(cell))]
    if len(marked) != 1 or not (_shaded(marked[0]) or _bare_mark(marked[0], labels)):
        return None
    return field, above[marked[0].column]


def _boxes_across(row: Row, labels: Labels) -> bool:
    """Every filled cell of the row (two at least) a box: a title (numbered,
    or a label, or a label by its meaning) over lines of its own."""
    filled = row.filled()

    def box(cell: Cell) -> bool:
        lines = [paragraph.text.strip() for paragraph in cell.paragraphs if paragraph.text.strip()]
        return len(lines) >= 2 and len(lines[0].split()) <= 8 and not lines[0].endswith(".") \
            and bool(NUMBERING.match(lines[0]) or labels.field(lines[0]) or labels.meant(lines[0]))

    return len(filled) >= 2 and all(box(cell) for cell in filled)


def _heads_another_list(text: str, field: str, labels: Labels) -> bool:
    """Whether a line in a list down a sheet is the title of the next list
    ("What needs to improve" after "What worked well"), not an item."""
    # ("Areas for improvement across the audits checked": little words aside, short.)
    meant = labels.meant(text)
    return meant is not None and meant != field and len(text.split()) <= 8 and not text.strip().endswith(".")


def _option_marked(cells: list[Cell], labels: Labels) -> Cell | None:
    """Of options printed in cells of their own with one mark in a cell
    beside them, the one marked: each option is followed by its box ("Step
    up | X | Step down | "), unless the mark comes first ("X | Step up |
    Step down")."""
    filled = [cell for cell in cells if cell.text.strip()]
    marks = [index for index, cell in enumerate(filled) if _bare_mark(cell, labels)]
    if len(marks) != 1 or len(filled) - 1 < 2:
        return None
    return filled[1] if marks[0] == 0 else filled[marks[0] - 1]


def _bare_mark(cell: Cell, labels: Labels) -> bool:
    """True for a cell holding only a mark ("X", "✓", "☒"), no words."""
    return len(cell.text.strip()) <= 3 and labels.is_tick(cell)


def _labelled_line(cell: Cell, labels: Labels) -> bool:
    """Whether a cell's first line is a listed label and its value ("Child
    ID: 3388654"), or a label known by its meaning and a value of a shape
    of its own (a reference, a date); other words known only by their
    meaning ("Mum said: …") may be an answer."""
    lines = [paragraph for paragraph in cell.paragraphs if paragraph.text.strip()]
    found = labels.label_of(lines[0]) if lines else None
    if found is None and lines:
        # ("Family ref (EH): EH/22171": a value of a shape of its own.)
        found = labels.weak_label_of(lines[0])
        found = found if found is not None and labels.field_type(found[0]) in _SHAPED_TYPES else None
    return found is not None and any(run.text.strip() for run in found[1])


def _answers_itself(row: Row, position: int, labels: Labels) -> bool:
    """True when the row's cell at `position` starts with a label followed by
    its value ("Date of observation: 26 Oct 2026", or "TEAM" over
    "Safeguarding Unit" in the cell), so the next cell is not its value."""
    cell = row.cells[position]
    lines = [paragraph for paragraph in cell.paragraphs if paragraph.text.strip()]
    if not lines:
        return False
    found = labels.label_of(lines[0]) or labels.weak_label_of(lines[0])
    if found is not None and any(run.text.strip() for run in found[1]):
        # "Overall judgement – quality of the EHA and family plan | Good":
        # words after a grade's (or a date's) label that are not a grade
        # say what is judged; the value is the next cell's.
        rest = "".join(run.text for run in found[1]).strip()
        if BRACKETED.fullmatch(rest) and any(cell.text.strip() for cell in row.cells[position + 1:]):
            # "What did the family say about the help? (their words) | “…”":
            # a hint in brackets after the label, the answer beside it.
            return False
        beside = next((other for other in row.cells[position + 1:] if other.text.strip()), None)
        if _a_heading(cell) and beside is not None and not beside.bold and not beside.shading:
            # "In the family's words: the help as a whole | Mum said …": the
            # label printed whole in bold on its fill, the answer typed
            # plain beside it.
            return False
        # (Nor does "(Y/N)" after a question answer it: the answers printed,
        # none chosen, the one chosen in the next cell.)
        unanswered = not labels.fits(found[0], rest) or (
            labels.field_type(found[0]) == "yes_no" and read_yes_no(rest, *labels.answer_words)[0].problem == NONE_CHOSEN)
        return not (labels.field_type(found[0]) in _SHAPED_TYPES and unanswered
                    and len(lines) == 1 and _next_fits(row, position, found[0], labels))
    if len(lines) < 2:
        return False
    label, value = lines[0].text.strip(), "\n".join(line.text.strip() for line in lines[1:])
    field = labels.field(label) or labels.label_meant(label, value)
    return field is not None and labels.field_type(field) not in ("list", "short_list", "note") \
        and labels.fits(field, value) and not labels.field(value) and labels.meant(value) in (None, field)


def _next_fits(row: Row, position: int, field: str, labels: Labels) -> bool:
    """True when the next filled cell after `position` on the row holds a
    value of `field`'s shape."""
    later = [cell for cell in row.cells[position + 1:] if cell.text.strip()]
    return bool(later) and labels.fits(field, later[0].text)


def _case_list(rows: list[Row], index: int, fields: list[str | None], labels: Labels,
               extraction: Extraction) -> int | None:
    """Read a table listing several cases under a header row ("Case ID |
    Auditor | Grade | Moderated grade"), one case a row: the cases an
    overview moderated, never one case's own fields. Return the index of the
    row after the list, or None when fewer than two rows below hold a case ID
    (one, under an overview's columns of moderation)."""
    header = rows[index]
    fields = [None if field in _NOT_FIELDS else field for field in fields]  # (a column the form keeps nothing of)
    columns = [cell.column for cell, field in zip(header.cells, fields) if field and labels.field_type(field) == "case_id"]
    if not columns:
        return None
    # "Case | Case reference": the column that holds the references.
    id_column = max(columns, key=lambda column: sum(
        1 for row in rows[index + 1:] for cell in [cell_at(row, column)]
        if cell is not None and labels.plausible_value("case_id", cell.text)))
    agreement = _agreement_column(header, {cell.column: field for cell, field in zip(header.cells, fields)}, labels)
    remarks = _remarks_column(header)
    # ("Agree with grade? (Y/N)" says whether, not which grade.)
    grade_columns: dict[str, int] = {}
    for cell, meant in zip(header.cells, fields):
        if meant and labels.field_type(meant) == "grade" and cell.column != agreement:
            if meant == "grade" and meant in grade_columns and "moderated_grade" not in grade_columns:
                # "Audit grade (1-4) | Agree | Panel grade (1-4)": a second
                # column of grades after the auditor's is the moderator's.
                meant = "moderated_grade"
            grade_columns.setdefault(meant, cell.column)
    listed: list[CaseRow] = []
    end = index + 1

    def band(position: int) -> bool:
        """A row across the table between cases ("Audited by: Lynne
        Cartwright (3 audits)"), a case under it."""
        following = cell_at(rows[position + 1], id_column) if position + 1 < len(rows) else None
        return len(rows[position].filled()) == 1 and following is not None \
            and labels.plausible_value("case_id", following.text) \
            and not labels.plausible_value("case_id", rows[position].filled()[0].text)

    # (A row of labels below ends the list: "Early Help ref. | Child's name",
    # its values, then "Other children | Parent(s)" and theirs are one
    # family's boxes, not two cases.)
    while end < len(rows):
        if band(end):
            end += 1
            continue
        if _WHOLE_SAMPLE.search(_text_at(rows[end], rows[end].cells[0].column) if rows[end].cells else ""):
            break  # "Judgement for the whole sample": the areas' grades, read below
        if not ((_is_value_row(rows[end], labels) or _answers_for_a_case(rows[end], id_column, labels))
                and not _labels_by_meaning(rows[end], labels)):
            break
        cell = cell_at(rows[end], id_column)
        if cell is not None and labels.plausible_value("case_id", cell.text):
            listed.append(CaseRow(cell.paragraphs, {field: _paragraphs_at(rows[end], column)
                                                    for field, column in grade_columns.items()},
                                  _paragraphs_at(rows[end], agreement), _paragraphs_at(rows[end], remarks)))
        elif listed and (cell is None or not cell.text.strip()) and rows[end].filled() \
                and (all(_moderators_mark_in(filled) for filled in rows[end].filled()) or _in_an_ink(rows[end])
                     or re.match(r"(?i)\s*(?:hos|head of service)\b", rows[end].filled()[0].text)):
            # The Head of Service's row under the manager's, in their own
            # ink: "Mark Ellison (HoS) | 16/10/2026 | 4 | N | Risk analysis
            # is not evident …": that case's moderation, its grade the one
            # after moderation.
            # (Comments alone leave the auditor's grade standing.)
            column = grade_columns.get("moderated_grade", grade_columns.get("grade"))
            if column is not None and _text_at(rows[end], column):
                listed[-1].grades["moderated_grade"] = _paragraphs_at(rows[end], column)
            listed[-1].agreed = _paragraphs_at(rows[end], agreement) or listed[-1].agreed
        end += 1
    # (On an overview, one case under the moderation's own columns is still
    # a case moderated: a manager's tab holding a single audit.)
    one = labels.kind.moderates_cases and ("moderated_grade" in grade_columns or agreement is not None)
    if len(listed) < (1 if one else 2):
        return None
    extraction.cases.extend(listed)
    return _across_the_sample(header, rows, end, fields, labels, extraction)


def _across_the_sample(header: Row, rows: list[Row], index: int, fields: list[str | None], labels: Labels,
                       extraction: Extraction) -> int:
    """The row under a list of sampled cases that grades each area for the
    whole sample ("Across the sample | | | RI | Good | …" under `header`,
    "No. | Case ref | Recognition of neglect | Use of chronologies | …"):
    each heading but the case's and a grade's is an area, graded in that
    row. Returns the index after that row, `index` when `rows[index]` is no
    such row."""
    if index >= len(rows) or not rows[index].filled() or not _WHOLE_SAMPLE.search(rows[index].filled()[0].text):
        return index
    graded = [(cell, below) for cell, field in zip(header.cells, fields)
              # ("Involvement of fathers and partners" names no family
              # where a grade stands under it.)
              if field not in ("case_id", "grade", "moderated_grade") and cell.text.strip()
              for below in [cell_at(rows[index], cell.column)]
              if below is not None and labels.grades.read(below.text).value is not None]
    if len(graded) < 2:
        return index
    extraction.sections.extend(SectionRow(cell.text.strip(), below.paragraphs) for cell, below in graded)
    return index + 1


# The row of a sample's list that speaks for all its cases: "Across the
# sample", "Judgement for the whole sample", "All cases".
_WHOLE_SAMPLE = re.compile(r"(?i)\b(?:across the sample|whole sample|all (?:the )?cases|sample (?:as a whole|overall|judge?ment|grade|rating))\b")


def _answers_for_a_case(row: Row, column: int, labels: Labels) -> bool:
    """Whether `row` is a case's, its reference in `column`, its answers
    beside it: "8361780 | Yes | No | Partly" is no header of Yes and No
    columns."""
    cell = cell_at(row, column)
    return cell is not None and labels.plausible_value("case_id", cell.text) \
        and not any(labels.cell_field(other) for other in row.cells)


# A line saying why the family were not spoken to: "Family not spoken to –
# why? We could not reach them.", "If the family were not spoken to, why
# not: …", "Reason family not spoken to: …".
_NOT_SPOKEN_TO = re.compile(r"(?i)\s*(?:(?:if|reason|why)\s+)?(?:the\s+)?(?:family|parents?|carers?)\s+(?:(?:was|were)\s+)?"
                            r"not\s+(?:spoken\s+to|seen|reached|contacted)\b\W{0,4}(?:why(?:\s+not)?)?\s*[?:]\s*\S")
# A signature line: "Signed (observer): Julie Barlow", "Signature: …",
# "Auditor signature: …";
# minutes' own: "Approved as a correct record: …", "Minutes approved by the
# Chair: …".
_SIGNED = re.compile(r"(?i)\s*(?:[\w'\u2019]+\s+)?(?:signed|signature|(?:minutes\s+)?approved)\b[^:]{0,30}:")


# An overview's case told on one line: its number, the case, who audited it
# and their grade, then whether the moderator agreed, or the grade they moved
# it to.
# (Numbered or bulleted: "1. C8149854 – …", "• C7296542 – …".)
# ("1. LCS8133209 (Safeguarding Unit, worker Martin Crowther) – audited by
# …": its team and worker in brackets after it.)
_CASE_LINE = re.compile(r"\s*(?:\d{1,2}[.)]\s+|[\u2022\u25aa\u25cf\u25e6]\s*)?(?P<case>[A-Z]{0,4}[-/]?\d[\w/-]*)"
                        r"(?:\s*\([^()]{1,80}\))?\s+[-\u2013\u2014]\s+(?P<rest>.+)")
# ("Audited by Lynne Cartwright, graded 2. Agree: ✓": the grade after
# "graded", the colon a sentence later another's.)
_AUDITED_GRADE = re.compile(r"(?i)\b(?:(?:audited|graded|audit\s+grade|auditor['\u2019]?s\s+grade)\b(?:(?!\.\s)[^:]){0,40}:"
                            r"|graded(?=\s+\w[\w ]{0,40}?[.;,]))\s*")
# ("Judgement confirmed.", "Y – grade stands at 3.": agreeing, in other words.)
_AGREEMENT = re.compile(r"(?i)\b(?:moderation\s*:\s*)?(?:not\s+agreed|(?:do|does|did)\s+not\s+agree|disagree\w*|agree\w*"
                        r"|(?:(?:grade|judgement|judgment|rating)\s+)?(?:confirmed|upheld|unchanged)"
                        r"|(?:grade|judgement|judgment|rating)\s+stands)")
_GIVEN_AFTER = re.compile(r"\s*[-\u2013\u2014:]\s*(?P<grade>[^.;,]{1,40})")
_MOVED_TO = re.compile(r"(?i)\b(?:moderated(?:\s+grade)?|changed|revised|moved|regraded)\s*(?:to\b|:)?\s*")


def _case_line(text: str, labels: Labels) -> CaseRow | None:
    """One case of an overview written as a line: "1. C8149854 – Megan
    Pryce. Audited by Sarah Hollins: 3. Moderation: not agreed – moderated
    grade 2."; None for any other line."""
    line = _CASE_LINE.fullmatch(text)
    if line is None or not labels.plausible_value("case_id", line.group("case")):
        return None
    rest = line.group("rest")
    audited = _AUDITED_GRADE.search(rest)
    if audited is None:
        return None
    agreement = _AGREEMENT.search(rest, audited.end())
    # ("Moderated grade: requires improvement (disagree with auditor).": the
    # grade moved to, then the words of disagreeing.)
    moved = _MOVED_TO.search(rest, audited.end(), agreement.start()) if agreement else None
    if moved is not None:
        agreement = None
    else:
        moved = _MOVED_TO.search(rest, agreement.start() if agreement else audited.end())
    # "… Moderated grade: Good. Auditor focused on compliance.": the grade
    # given, no word of agreeing.
    given = _grade_said(rest[moved.end():], labels) if moved else ""
    if agreement is None and not labels.grades.read(given).value:
        return None
    # ("graded good. HoS: ✓ – grade stands at good.": the grade to the end
    # of its sentence, the moderator's line after it.)
    audited_said = rest[audited.end():(agreement or moved).start()]
    grades = {"grade": [Paragraph([Run(_grade_said(audited_said, labels) or audited_said.strip(" .;,"))])]}
    if moved is not None:
        grades["moderated_grade"] = [Paragraph([Run(given)])]
    else:
        after = _GIVEN_AFTER.match(rest, agreement.end())
        # ("do not agree – R.I.. Plan is not SMART": the grade abbreviated.)
        said = _grade_said(rest[after.start("grade"):], labels) if after is not None else ""
        if said:
            # "HoS moderation: disagree – O. Strong direct work under-credited."
            grades["moderated_grade"] = [Paragraph([Run(said)])]
    return CaseRow([Paragraph([Run(line.group("case"))])], grades,
                   [Paragraph([Run(agreement.group(0))])] if agreement else [])


def _case_minuted(first: Paragraph, labels: Labels) -> CaseRow | None:
    """One case of a moderation panel's minutes, told in a paragraph: the
    case, who audited it and their grade ("(a) EH-615465. Audited by Colin
    Heap (Early Help Team South). Auditor's grade: Good (file read a second
    time before panel)"), with no grade after moderation yet (asked about
    unless the panel's decision under it gives one, `_minuted_decision`).
    The grade keeps its runs, so one of the four printed and picked out in
    bold, or left standing among the others struck through, is read as it
    is marked. None for any other paragraph."""
    case = _MINUTED_CASE.fullmatch(first.text)
    if case is None or not labels.plausible_value("case_id", case.group("case")):
        return None
    audited = _MINUTED_GRADE.search(first.text, case.start("rest"))
    if audited is None:
        return None
    grade = _part_of(first, audited.end(), audited.end() + _grade_length(first.text[audited.end():], labels))
    return CaseRow([Paragraph([Run(case.group("case"))])], {"grade": [grade], "moderated_grade": []})


def _minuted_decision(case: CaseRow, second: Paragraph, labels: Labels) -> CaseRow | None:
    """`case` with the panel's decision on it, the paragraph under it
    ("Decision: ✗ Moderated grade: Outstanding. Direct work clearly making
    a difference."): whether the panel agreed, the grade it gave (its runs
    kept, as the auditor's are) and its remark; None where `second` is no
    decision."""
    decision = _MINUTED_DECISION.match(second.text)
    if decision is None:
        return None
    # (No grade given keeps none: the panel's words must say it agreed, or
    # the case is asked about.)
    grades = {"grade": case.grades["grade"], "moderated_grade": []}
    moderated = _MINUTED_MODERATED.search(second.text, decision.end())
    said_end = moderated.start() if moderated else len(second.text)
    remark_start = said_end
    if moderated is not None:
        length = _grade_length(second.text[moderated.end():], labels)
        grades["moderated_grade"] = [_part_of(second, moderated.end(), moderated.end() + length)]
        remark_start = moderated.end() + length
    said = second.text[decision.end():said_end].strip()
    if not said and moderated is None:
        return None
    return CaseRow(case.case_id, grades, [Paragraph([Run(said)])] if said else [],
                   [Paragraph([Run(second.text[remark_start:].strip(" .;,"))])])


# "(a) EH-615465. Audited by …", "(3) CS-1234567: audited by …": a case
# minuted, lettered or numbered.
_MINUTED_CASE = re.compile(r"\s*(?:\(?[a-z]\)|\(\d{1,2}\)|\d{1,2}[.)])\s+(?P<case>[A-Z]{0,4}[-/]?\d[\w/-]*?)"
                           r"\s*[.:,\u2013\u2014-]\s+(?P<rest>.+)", re.S)
# "Auditor's grade: ", "Audit grade: ", "Grade given: ".
_MINUTED_GRADE = re.compile(r"(?i)\b(?:auditor['\u2019]?s|audit|audited)\s+(?:grade|judgement|judgment|rating)"
                            r"(?:\s+given)?\s*:\s*")
# "Decision: ", "Panel decision: ", "Outcome: ": the panel's word on the case.
_MINUTED_DECISION = re.compile(r"(?i)\s*(?:(?:panel|hos|moderation|moderator['\u2019]?s)\s+)?(?:decision|outcome)\s*:\s*")
# "Moderated grade: ", "Panel grade: ", "Revised grade: ".
_MINUTED_MODERATED = re.compile(r"(?i)\b(?:moderated|panel['\u2019]?s?|revised|agreed|new)\s+(?:grade|judgement|judgment"
                                r"|rating)\s*:\s*")
# Between the options of a grade printed side by side: " / " or a wide space.
_BETWEEN_OPTIONS = re.compile(r"\s+/\s+|\s{2,}")


def _grade_length(text: str, labels: Labels) -> int:
    """How much of the start of `text` gives a grade: the four grades
    printed side by side ("Outstanding / Good / Requires improvement /
    Inadequate", one picked out), else the longest of its first few words
    that reads as a grade ("3 – Good", "Req. Imp."), not the remark after
    it; 0 where it starts with none."""
    pieces = _BETWEEN_OPTIONS.split(text.lstrip())
    if len(pieces) >= 4 and all(labels.grades.heads_column(piece.strip(" .;,")) for piece in pieces[:3]):
        # (The fourth may run on into the remark: "… / Inadequate Fair judgement.")
        position = len(text) - len(text.lstrip())
        for piece in pieces[:3]:
            position = text.index(piece, position) + len(piece)
        last = pieces[3]
        words = last.split()
        kept = next((count for count in range(min(len(words), 4), 0, -1)
                     if labels.grades.heads_column(" ".join(words[:count]).strip(" .;,"))), 0)
        start = text.index(last, position)
        return start + len(" ".join(words[:kept])) if kept else position
    lead = len(text) - len(text.lstrip())
    words = re.findall(r"\S+\s*", text)
    best = 0
    for count in range(1, min(len(words), 6) + 1):
        said = "".join(words[:count])
        if labels.grades.read(said.strip(" .;,")).value:
            best = len(said.rstrip())
        if re.search(r"[.;]\s*$", said) and best:
            break
    return lead + best if best else 0


def _part_of(paragraph: Paragraph, start: int, end: int) -> Paragraph:
    """The part of `paragraph` from character `start` to `end`, its runs'
    formatting kept."""
    return Paragraph(runs_between(paragraph.runs, start, end))


def _grade_said(text: str, labels: Labels) -> str:
    """The grade at the start of `text`, to the end of the sentence that
    gives it ("Good. Auditor focused on compliance." gives "Good", "Req.
    Imp." the whole); "" when it starts with none."""
    said = ""
    for piece in re.split(r"(?<=[.;,])\s+", text.strip()):
        said = f"{said} {piece}".strip()
        if labels.grades.read(said.strip(" .;,")).value:
            return said.strip(" .;,")
        if len(said.split()) > 4:
            break
    return ""


def _cards_side_by_side(rows: list[Row], labels: Labels) -> list[CaseRow | None]:
    """Cases on cards set side by side across a sheet, each titled "Case 1:
    6651689" over its own label and value columns: each card's case; none
    where the first row titles no such cards."""
    if len(rows) > 2 and len(rows[0].filled()) == 1 and not CARD_TITLE.fullmatch(rows[0].filled()[0].text):
        rows = rows[1:]  # ("Grading key: 1 = Inadequate, …" over the cards: the form's key, read before)
    titles = rows[0].filled() if rows else []
    # ("Case 1 | Case 2" over the cards, each's reference in a row below.)
    if len(titles) < 2 or not all(CARD_TITLE.fullmatch(title.text) or _CARD_NUMBER.fullmatch(title.text)
                                  for title in titles):
        return []
    edges = [title.column for title in titles] + [None]
    return [_case_card([Row([cell for cell in row.cells if start <= cell.column and (end is None or cell.column < end)])
                        for row in rows], labels) for start, end in zip(edges, edges[1:])]


def _case_card(rows: list[Row], labels: Labels) -> CaseRow | None:
    """One case of an overview in a small table of its own, a label and its
    value a row ("Case reference | 2063052", "Auditor's judgement | G",
    "Head of Service agrees? | ✓", "Moderated judgement | G"), perhaps under
    a title naming the case ("Case 1: C9104268 (Lacey Ormerod)"); None for
    any other table."""
    rows = _lines_of_a_card(rows) or rows
    case: list[Paragraph] = []
    grades: dict[str, list[Paragraph]] = {}
    agreed: list[Paragraph] = []
    titled = CARD_TITLE.fullmatch(rows[0].filled()[0].text) if rows and len(rows[0].filled()) == 1 else None
    if titled is not None and labels.plausible_value("case_id", titled.group("case")):
        case = [Paragraph([Run(titled.group("case"))])]
        rows = rows[1:]
    elif rows and len(rows[0].filled()) == 1 and _CARD_NUMBER.fullmatch(rows[0].filled()[0].text):
        rows = rows[1:]  # "Case 1 of 4": the card's number, its reference in a row below
    columns: dict[int, str] = {}
    for row in rows:
        filled = row.filled()
        if len(filled) == 1 and filled[0] is row.cells[0] \
                and (len(row.cells) >= 2 or labels.cell_meaning(filled[0]) or _printed_as_label(filled[0])):
            continue  # "New grade if different | ": a label, its box left blank
        heads = labels.grades.heads_columns(cell.text for cell in filled)
        if not columns and len(filled) >= 3 and all(heads):
            # "| Outstanding | Good | Req. improvement | Inadequate" over the
            # card's rows, a grade given by a mark under its column.
            columns = {cell.column: grade for cell, grade in zip(filled, heads)}
            continue
        if len(filled) >= 4 and all(labels.grades.heads_column(cell.text) for cell in filled[1:]):
            # "TM grade | Outstanding | Good | RI | Inadequate", the chosen one
            # filled or left standing; none picked out is no grade given.
            field = labels.cell_meaning(filled[0])
            chosen = _printed_choice(filled[1:], labels)
            standing = [cell for cell in filled[1:] if any(not run.strike and run.text.strip()
                                                           for paragraph in cell.paragraphs for run in paragraph.runs)]
            picked = chosen.decided or (standing[0].text.strip() if len(standing) == 1 else None)
            if field and labels.field_type(field) == "grade" and picked:
                grades.setdefault(field, [Paragraph([Run(picked)])])
            continue
        if len(filled) != 2:
            return None
        label, value = filled
        if value.column in columns and _bare_mark(value, labels) and value.column != row.cells[0].column:
            value = Cell([Paragraph([Run(columns[value.column])])], column=value.column)
        field = labels.cell_field(label) or labels.meant_by_value(label.text, value.text)
        if _agreement_head(label.text, field, labels):
            agreed = value.paragraphs
        elif field and labels.field_type(field) == "case_id" and labels.plausible_value("case_id", value.text):
            case = value.paragraphs
        elif field and labels.field_type(field) == "grade":
            grades.setdefault(field, value.paragraphs)
        elif _MODERATION_SAID.fullmatch(label.text):
            # "Moderation: Agreed – grade stands", "Moderation: Not agreed –
            # moderated to INADEQUATE": whether the moderator agreed, and
            # their grade where they did not.
            agreed = agreed or value.paragraphs
            if not _AGREEMENT.fullmatch(value.text.strip(" .")):
                # (Not agreeing alone: "Moderation: Not agreed", then
                # "Moderated grade: …" on the card's next line.)
                grades.setdefault("moderated_grade", value.paragraphs)
    return CaseRow(case, grades, agreed) if case and grades else None


def _lines_of_a_card(rows: list[Row]) -> list[Row] | None:
    """A case's card written as lines in one box ("Audit 2 – CSC/2469788",
    "Audited by: Colin Heap", "Audit grade: …", "Moderation: Not agreed"),
    as the rows of a card: its title, then each line's label and value; None
    for any other table."""
    if len(rows) != 1 or len(rows[0].filled()) != 1:
        return None
    lines = [paragraph for paragraph in rows[0].filled()[0].paragraphs if paragraph.text.strip()]
    if len(lines) < 3 or not CARD_TITLE.fullmatch(lines[0].text):
        return None
    card = [Row([Cell([lines[0]])])]
    for line in lines[1:]:
        label, colon, _ = line.text.partition(":")
        if not colon or len(label.split()) > 6:
            return None
        card.append(_label_row(label, runs_from(line.runs, len(label) + 1)))
    return card


_CARD_NUMBER = re.compile(r"(?i)\s*(?:(?:case|audit|file|review)\s*(?:no\.?\s*)?\d{1,2}(?:\s*of\s*\d{1,2})?|\d{1,2}[.)])\s*")
_MODERATION_SAID = re.compile(r"(?i)\s*(?:(?:hos|head of service|panel)\s+)?moderation(?:\s+outcome)?\s*")


def _case_over_two_lines(first: str, second: str, labels: Labels) -> CaseRow | None:
    """One case of an overview told on a line ("1. 5810148 – Safeguarding
    Unit. Audited by Sarah Hollins: G.") and its moderation on the line
    under it ("HoS moderation: agree.", "Moderation – grade agreed.")."""
    if not _CASE_LINE.fullmatch(first) or not _AUDITED_GRADE.search(first) or _case_line(first, labels) is not None:
        return None
    return _case_line(f"{first.strip()} {second.strip()}", labels)


def _agreement_head(text: str, field: str | None, labels: Labels) -> bool:
    """Whether a header cell heads an overview's column saying whether the
    moderator agreed with the auditor's grade ("Agree?", "HoS agrees?",
    "Agree with grade? (Y/N)", "Grade agreed?"), not a column of the grade
    agreed ("Agreed grade")."""
    # ("Cytuno? / Agree with grade?": in two languages, either side.)
    if not any(_AGREEMENT_HEAD.match(side) or _AGREED_AFTER.match(side) for side in [text, *text.split(" / ")[1:]]):
        return False
    return "?" in text or "y/n" in text.casefold().replace(" ", "") or field is None \
        or labels.field_type(field) != "grade"


# The head of an overview's column saying whether the moderator agreed
# with the auditor's grade: "Agree?", "Agreed", "HoS agrees?".
# ("Panel agree?": a moderation panel's.)
_AGREEMENT_HEAD = re.compile(r"(?i)\s*(?:(?:moderator|hos|head of service|panel)['\u2019]?s?\s+)?"
                             r"(?:agree|agreed|agrees|agreement)\b")
_AGREED_AFTER = re.compile(r"(?i)\s*(?:grade|grading|judgement|judgment|rating)s?\s+agreed\b")


# A header cell that names an area of practice, its grade in the cell below.
_SECTION = "section"


# A header cell that heads one grade of a run of four ("O | G | RI | I"),
# the chosen one marked in the row below; a cell nothing explains in a row
# of many labels.
_GRADE_COLUMN = "grade column"
_UNKNOWN = "unknown"
# What a header cell may be marked as besides a field.
_NOT_FIELDS = frozenset({_SECTION, _GRADE_COLUMN, _UNKNOWN})

# Labels of a box for remarks, whose remarks are those of the part they are in.
_REMARKS = frozenset({"comments", "comment", "remarks", "notes", "rationale", "comments rationale"})
# The head of a box written under it: a remark's, or what was found.
_BOX_HEADS = _REMARKS | {"evidence", "findings"}


def _section_headers(row: Row, following: Row, meant: list[str | None], labels: Labels) -> list[str | None]:
    """`meant` with the header cells that no field explains but that head a
    grade ("Voice of the child" over "RI") marked as areas of practice, and
    the cells of runs of grade columns marked too: one audit on a
    spreadsheet row, its areas as columns. Only in a row with at least two
    labels of fields; an area needs a grade under it. In a row of three
    labels or more, cells nothing explains ("Type", "Agreed?") are passed
    over while they are fewer than half the row."""
    if len(row.filled()) >= 2:
        meant = [_UNKNOWN if field is None and cell.text.strip() and _ROLE_LABEL.fullmatch(normalise(cell.text))
                 else field for cell, field in zip(row.cells, meant)]
    known = sum(1 for field in meant if field and field != _UNKNOWN)
    if known < 2:
        return meant
    marked = list(meant)
    for position, (cell, known_field) in enumerate(zip(row.cells, meant)):
        if known_field or not cell.text.strip():
            continue
        value = cell_at(following, cell.column)
        grade = value is not None and labels.grades.read(value.text).value is not None
        if grade and (labels.definitions.canonical_section(cell.text) or len(cell.text.split()) <= 8):
            marked[position] = _SECTION
    for start, end in _grade_runs(row, labels):
        for position in range(start, end):
            marked[position] = _GRADE_COLUMN
        if end < len(row.cells) and not marked[end] and len(row.cells[end].text.split()) <= 3:
            marked[end] = _GRADE_COLUMN  # "Comment" after the four grades
    unexplained = [position for position, (cell, explained) in enumerate(zip(row.cells, marked))
                   if cell.text.strip() and not explained]
    if (known >= 3 and len(unexplained) * 2 < len(row.filled())) or (unexplained and all(
            normalise(row.cells[position].text) in _SUB_LABELS for position in unexplained)) \
            or (len(unexplained) * 2 <= len(row.filled()) and _heads_columns(row, following, marked, labels)):
        # "Agency | Auditor | Role": a column saying what the people are.
        for position in unexplained:
            marked[position] = _UNKNOWN
    return marked


# A label of what the form records about a person and the bot does not:
# "Auditor's role", "Job title", "Signature", "Contact number".
# ("Post", "Auditor's post": a job title's box, as in a council's HR forms.)
_ROLE_LABEL = re.compile(r"(?:\w+ ){0,3}(?:role|job title|post|position|designation|signature|e ?mail|"
                         r"(?:contact|phone|telephone|mobile) (?:number|no))"
                         # "Role of worker", "Job title of the auditor"
                         r"(?: of (?:the )?\w+)?")


# Fields whose boxes may stand side by side in a header, each its own
# value: the family's ("Parents / carers | Other children in the household").
_SIDE_BY_SIDE = frozenset({"family_names"})


def _one_column_each(row: Row, meant: list[str | None], labels: Labels) -> list[str | None]:
    """A field two header cells mean ("Panel reference | CSC reference")
    goes to the one that means it more (a label listed for it, else the
    higher meaning score); the other is a column nothing explains. A tie
    is left as it is. The family's boxes may stand side by side."""
    chosen = list(meant)
    for twice in {name for name in meant if name and meant.count(name) > 1 and name not in _SIDE_BY_SIDE}:
        scores = sorted(((_strength(row.cells[position], twice, labels), position)
                         for position, meaning in enumerate(meant) if meaning == twice), reverse=True)
        if scores[0][0] > scores[1][0]:
            for _, position in scores[1:]:
                chosen[position] = _UNKNOWN
    return chosen


def _strength(cell: Cell, name: str, labels: Labels) -> float:
    """How much a header cell means field `name`: a label listed for it
    most, else its meaning score."""
    if labels.cell_field(cell) == name:
        return 2.0
    ranked = labels.definitions.meaning.scores(cell.text.strip().rstrip(":?"), (name,))
    return ranked[0][0] if ranked else 0.0


def _heads_columns(row: Row, following: Row, meant: list[str | None], labels: Labels) -> bool:
    """Whether a row of labels some of which no field explains ("Auditor |
    Auditor's role | Date of audit | Social worker spoken to?") heads the
    row below rather than pairing each label with the cell beside it: a
    value with a shape of its own (a date, a reference, a person's name)
    fits below its label ("26th Oct 2026") and not beside it, or the label
    is the row's last cell, with nothing beside it."""
    for position, meaning in enumerate(meant):
        if meaning is None or meaning in _NOT_FIELDS or (labels.field_type(meaning) not in _SHAPED_TYPES
                                                         and meaning not in PEOPLE):
            continue
        beside = row.cells[position + 1] if position + 1 < len(row.cells) else None
        if beside is not None and meant[position + 1] is not None:
            continue
        below = cell_at(following, row.cells[position].column)
        if below is not None and labels.fits(meaning, below.text) \
                and (beside is None or not labels.fits(meaning, beside.text)):
            return True
    return False


def _grade_runs(row: Row, labels: Labels) -> list[tuple[int, int]]:
    """(start, end) positions of each run of adjacent cells heading three or
    four different grades ("O | G | RI | I")."""
    runs: list[tuple[int, int]] = []
    heads = labels.grades.heads_columns(cell.text for cell in row.cells)
    position = 0
    while position < len(row.cells):
        end, seen = position, []
        while end < len(row.cells):
            grade = heads[end] if row.cells[end].text.strip() else None
            if grade is None or grade in seen:
                break
            seen.append(grade)
            end += 1
        if len(seen) >= 3:
            runs.append((position, end))
            position = end
        else:
            position += 1
    return runs


def _marked_grade_runs(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> None:
    """Each run of grade columns on the header `rows[index]` gives the grade
    marked beneath it, for the area (or overall judgement) named above the
    run on the row before: "Voice of the child" over "O | G | RI | I" over
    "X" in one of them."""
    header, following = rows[index], rows[index + 1]
    above = rows[index - 1].filled() if index > 0 else []
    for start, end in _grade_runs(header, labels):
        cells = header.cells[start:end]
        first = cells[0].column
        names = [cell for cell in above if cell.column <= first]
        if not names:
            continue
        name = names[-1].text.strip()
        chosen = [labels.grades.heads_column(cell.text) for cell in cells if labels.is_tick(cell_at(following, cell.column))]
        field = labels.cell_field(names[-1]) or _label_by_meaning(name, labels)
        comment_cell = header.cells[end] if end < len(header.cells) else None
        comment = cell_at(following, comment_cell.column) if comment_cell is not None else None
        if field and labels.field_type(field) == "grade":
            if len(chosen) == 1:
                extraction.add(field, [], chosen[0])
            continue
        section = SectionRow(name, comment=comment.paragraphs if comment is not None and comment_cell.text.strip()
                             and not labels.grades.heads_column(comment_cell.text) else [])
        if len(chosen) == 1:
            section.decided = chosen[0]
        else:
            section.problem = NONE_CHOSEN if not chosen else SEVERAL_CHOSEN
        extraction.sections.append(section)


def _label_by_meaning(text: str, labels: Labels, value: Cell | None = None) -> str | None:
    """The field a header cell means, unless the cell is itself shaped like
    that field's value ("LCS-9902479" means a case ID by being one); with
    the value below it, a label that could mean two fields means the one
    whose value it is ("Auditor grade" over "RI")."""
    field = labels.meant_by_value(text, value.text) if value is not None else labels.meant(text)
    if field and labels.field_type(field) in _SHAPED_TYPES and labels.fits(field, text):
        return None
    return field


_SUB_LABELS = frozenset({"name", "full name", "name and role", "name role", "name and job title", "role",
                         "job title", "name and title", "name and team"})


# Field types whose values have a shape of their own (an identifier, a date,
# a grade, a yes or no, a number): such a value is never a label.
_SHAPED_TYPES = frozenset({"case_id", "date", "grade", "yes_no", "number"})
# What no option among several is, nor labels ("Date of QA"): a person, a
# date, a grade, an answer, a number or a reference.
_OPTION_NEVER = frozenset(PEOPLE) | _SHAPED_TYPES


def _moderators_grade(rows: list[Row], index: int, start: int, labels: Labels) -> Cell | None:
    """A second grade on the form's grade row, from `start`, in a column the
    row above heads as the moderator's ("| Auditor | Head of Early Help
    (moderated)" over "Overall grade | Good | Outstanding"): the moderated
    grade (2018 framework: the moderator's judgement stands)."""
    if index == 0 or "moderated_grade" not in labels.kind.fields:
        return None
    later = [cell for cell in rows[index].cells[start:] if cell.text.strip()]
    if len(later) != 1 or not labels.grades.read(later[0].text).value:
        return None
    head = cell_at(rows[index - 1], later[0].column)
    if head is None or not _MODERATOR_HEAD.search(head.text):
        return None
    return later[0]


# A column head naming the moderator: "Moderated", "HoS", "Head of Service (moderation)".
_MODERATOR_HEAD = re.compile(r"(?i)\bmoderat|\bhos\b|\bhead of\b")


def _value_offset(row: Row, position: int) -> int:
    """How far after the label at `position` its value sits: 2 when the next
    cell only says what that value is ("Practitioner observed | Name | Chloe
    Dawson"), else 1."""
    if position + 2 < len(row.cells) and normalise(row.cells[position + 1].text) in _SUB_LABELS:
        return 2
    # "Overall grade for the family | | | | Good": empty cells between a
    # label at the start of a grid's row and its value at the end.
    after = row.cells[position + 1:]
    filled = [offset for offset, cell in enumerate(after, 1) if cell.text.strip()]
    if position == 0 and len(filled) == 1 and filled[0] > 1:
        return filled[0]
    return 1


def _fits_below(fields: list[str | None], following: Row, labels: Labels) -> bool:
    """One label alone on its row, its value on the row below: only when
    that value looks like the field's ("Date" above "Comments" is two
    labels of an empty box, not a date that cannot be read)."""
    field = fields[0]
    value = following.filled()[0].text
    if len(following.filled()) == 1 and INSTRUCTION.match(value.strip()):
        return False  # "3. Agencies", then "Select Yes / No for each partner.": how to fill it in
    if field == "period" and not labels.fits(field, value):
        return False  # "Themes across this month's audits" over "Strengths across the sample": no month
    if field is not None and labels.field_type(field) == "grade" and labels.grades.is_key(value):
        return False  # "Auditor's judgement" over "Key: 1 = Outstanding  2 = Good …": the key, no grade
    if field in PEOPLE:
        # "Moderated by" left empty over "Comments | Not moderated …": a
        # word before its own answer is a label, not the person's name.
        return labels.fits(field, value) and (len(following.filled()) == 1 or len(value.split()) > 1)
    first = following.filled()[0]
    if field is not None and labels.field_type(field) == "text" and len(following.filled()) > 1 \
            and labels.cell_meaning(first):
        # "THE MOVE BETWEEN SERVICES" over "Direction of the move | Step up
        # …": a part's title over a label and its value, not a service.
        return False
    if field is None or labels.field_type(field) in ("list", "short_list", "note", "text"):
        return True
    return labels.fits(field, value)


def _is_header_of_labels(row: Row, fields: list[str | None]) -> bool:
    """Every filled cell a label, and no empty cell between them: an empty
    cell after a label is that label's value (`Child ID | [ ] | Auditor | [ ]`)."""
    if not row.cells or not fields[0]:
        return False
    filled = [bool(cell.text.strip()) for cell in row.cells]
    last = max(position for position, is_filled in enumerate(filled) if is_filled)
    return all(filled[: last + 1]) and all(fields[: last + 1])


def _areas_across(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"Part of the plan | Voice of the child | The plan | …" over rows
    labelled in their first column ("What to look for", "Findings",
    "Judgement"): the areas run across the sheet, each graded in its column
    of the row whose label is a grade's. Returns the index after that row,
    0 when `rows[index]` heads no such grid."""
    names = rows[index].filled()
    # (The areas' names are no columns' headings: "Audit question | Answer |
    # Evidence / comment" heads questions, each answered on its row. Areas
    # numbered in turn are areas, whatever their words mean as a label:
    # "Question | Q1. Decision to step up or step down | … | Q3. Timeliness
    # of transfer".)
    numbered = all(NUMBERING.match(cell.text.strip()) for cell in names[1:])
    # (So are those headed as areas: "Area | What matters to the child | …
    # | Lead professional and named person".)
    numbered = numbered or (len(names) > 1 and labels.section_role(labels.fold(names[0].text)) == "section"
                            and not labels.cell_field(names[0]))
    # ("Area | Preparation and purpose | … | Overall grade": the form's own
    # grade in the last column, graded in the same row as the areas.)
    overall = names[-1] if len(names) > 3 and "overall" in normalise(names[-1].text).split() \
        and labels.cell_meaning(names[-1]) == "grade" else None
    if overall is not None:
        names = names[:-1]
    # ("Agency | LOE 1 – … | LOE 2 – …": the agencies down the first column,
    # each one's findings on its row.)
    down = bool(names) and labels.cell_meaning(names[0]) == "agencies"
    if len(names) < 3 or names[0].column != rows[index].cells[0].column \
            or any(labels.cell_field(cell) or (labels.meant(cell.text) and not (numbered and cell is not names[0]))
                   or labels.grades.read(cell.text).value for cell in (names[1:] if down else names)) \
            or any(labels.section_role(labels.fold(cell.text)) and len(labels.fold(cell.text).split()) <= 3
                   for cell in names[1:]):
        # (A column's heading is short, "Evidence / comment"; an area's name
        # may hold such a word, "Assessment – analysis of strengths and risks".)
        return 0
    if any(cell.text.strip().endswith(".") for cell in names[1:]):
        return 0  # ("School | Records are brief; …": a row of findings, no areas' names)
    # (Each agency's findings a row may stand between the areas and their
    # grades: "Agency | LOE 1 – … | LOE 2 – …", then "Police | …", "School
    # | …", "Panel finding | …", "Panel grade | RI | GOOD | …".)
    for end in range(index + 1, min(index + 12, len(rows))):
        label = rows[end].cells[0] if rows[end].cells else None
        if label is None or label.column != names[0].column:
            return 0
        marked = _marked_down(rows, end, [name.column for name in names[1:]], labels)
        if marked is not None:
            # "Outstanding", "Good", … one a row under the areas' evidence,
            # each area's grade marked or filled in its column.
            for name, decided in zip(names[1:], marked):
                extraction.sections.append(SectionRow(name.text.strip(), decided=decided,
                                                      problem=None if decided else NONE_CHOSEN))
            return end + 4
        if not labels.is_section_grade_label(label.text) and labels.section_role(labels.fold(label.text)) != "grade":
            continue
        down = _grades_down(rows, end, [name.column for name in names[1:]], labels)
        if down is not None:
            # "Grade (embolden one)", then the four grades one a row down
            # each area's column, the chosen one picked out.
            for name, (decided, problem) in zip(names[1:], down):
                extraction.sections.append(SectionRow(name.text.strip(), decided=decided, problem=problem))
            return end + 4
        grades = [cell_at(rows[end], name.column) for name in names[1:]]
        # (Each a grade, or the four printed with the chosen one picked out.)
        if not all(grade is not None and (labels.grades.read(grade.text).value or _one_option_marked(grade, labels))
                   for grade in grades):
            return 0
        for name, grade in zip(names[1:], grades):
            extraction.sections.append(SectionRow(name.text.strip(), grade.paragraphs))
        own = cell_at(rows[end], overall.column) if overall is not None else None
        if own is not None:
            extraction.add("grade", own.paragraphs)
        return end + 1
    return 0


# Words of the headings over a table of agencies one a row.
_AGENCY_COLUMN_WORDS = frozenset("represented representative represents role job name records record contribution "
                                 "grade rating evidence comment comments findings attended".split())
_GRADE_WORD = re.compile(r"(?i)^(?:grade|rating|judgement|judgment)\s*[:\-\u2013]\s*")


def _agencies_across(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"Agency | Children's Social Care | Police | …" over rows labelled in
    the first column ("Represented by", "Role", "What this agency did"),
    then each agency's grade in its column: typed on a grade's row
    ("Agency grade | Good | …"), or marked on one of four rows ("Grade:
    Outstanding | ● | …"). The agencies taking part and each one's grade;
    returns the index after the rows read, 0 when `rows[index]` heads no
    such grid."""
    head, *agencies = rows[index].filled() or [None]
    if head is None or "agencies" not in labels.kind.fields or len(agencies) < 2 \
            or labels.cell_meaning(head) != "agencies" \
            or any(labels.cell_meaning(cell) or labels.grades.read(cell.text).value
                   or cell.text.strip().endswith("?") or set(normalise(cell.text).split()) & _AGENCY_COLUMN_WORDS
                   for cell in agencies):
        # ("Agency | Represented by | Role | Records reviewed?" heads the
        # agencies one a row, not one a column.)
        return 0
    columns = [cell.column for cell in agencies]
    end = index + 1
    # (Down to the next part's title, or the first row not labelled so.)
    while end < len(rows) and rows[end].cells and rows[end].cells[0].column == head.column \
            and rows[end].cells[0].text.strip() \
            and (len(rows[end].filled()) >= 2 or _GRADE_WORD.match(rows[end].cells[0].text.strip())):
        marked = _marked_down(rows, end, columns, labels)
        if marked is not None:
            for agency, decided in zip(agencies, marked):
                extraction.sections.append(SectionRow(agency.text.strip(), decided=decided,
                                                      problem=None if decided else NONE_CHOSEN))
            end += 4
            break
        down = _grades_down(rows, end, columns, labels) \
            if labels.grades.heads_column(_GRADE_WORD.sub("", rows[end].cells[0].text.strip())) else None
        if down is not None:
            # "Grade: Outstanding | Outstanding | …" and so on down, the
            # others struck through in each agency's column.
            for agency, (decided, problem) in zip(agencies, down):
                extraction.sections.append(SectionRow(agency.text.strip(), decided=decided, problem=problem))
            end += 4
            break
        label = rows[end].cells[0]
        if labels.is_section_grade_label(label.text) or labels.cell_meaning(label) == "grade":
            for agency in agencies:
                given = cell_at(rows[end], agency.column)
                extraction.sections.append(SectionRow(agency.text.strip(), given.paragraphs if given else []))
            end += 1
            break
        end += 1
    if end == index + 1:
        return 0
    extraction.add("agencies", [Paragraph([Run(agency.text.strip())]) for agency in agencies], weak=True)
    return end


def _marked_down(rows: list[Row], start: int, columns: list[int], labels: Labels) -> list[str | None] | None:
    """The four grades labelling one row each from `rows[start]`, and for each
    of `columns` the grade whose row holds its mark (a tick, or the cell
    filled in); None where the rows are not labelled so."""
    if start + 4 > len(rows):
        return None
    grades = [labels.grades.heads_column(row.cells[0].text.strip()) if row.cells else None for row in rows[start:start + 4]]
    if None in grades or len(set(grades)) != 4:
        return None
    found: list[str | None] = []
    for column in columns:
        marks = [grade for grade, row in zip(grades, rows[start:start + 4])
                 for cell in [cell_at(row, column)] if cell is not None and (labels.is_tick(cell) or _shaded(cell))]
        found.append(marks[0] if len(marks) == 1 else None)
    return found if any(found) else None


def _grades_down(rows: list[Row], start: int, columns: list[int], labels: Labels) \
        -> list[tuple[str | None, str | None]] | None:
    """The four grades printed one a row down each of `columns` from
    `rows[start]` ("Outstanding", "GOOD" in bold, "Requires improvement",
    "Inadequate"): for each column the grade picked out, or the problem
    (none or several picked). None where the rows hold no such options."""
    if start + 4 > len(rows):
        return None
    found: list[tuple[str | None, str | None]] = []
    for column in columns:
        options: dict[str, Cell] = {}
        for row in rows[start:start + 4]:
            cell = cell_at(row, column)
            grade = labels.grades.heads_column(cell.text.strip()) if cell is not None else None
            if grade is None or grade in options:
                return None
            options[grade] = cell
        picked = _picked_out(options)
        found.append((picked[0], None) if len(picked) == 1 else (None, NONE_CHOSEN))
    return found


def _people_across(rows: list[Row], index: int, labels: Labels, extraction: Extraction) -> int:
    """"| Observer | Practitioner observed" over rows labelled in their first
    column ("Name | Jane Smith | Daniel Price", "Team | …", "Role | …"):
    each person a column. Their names; the team and service are the
    practitioner's, whose work the form is about. Returns the index after
    the rows, 0 when `rows[index]` heads no such table."""
    header = rows[index]
    people = {cell.column: field for cell in header.filled()
              for field in [labels.cell_meaning(cell)] if field in PEOPLE}
    if len(people) < 2 or len(people) != len(header.filled()) or header.filled()[0].column == header.cells[0].column:
        return 0
    end = index + 1
    while end < len(rows) and rows[end].cells and rows[end].cells[0].column < min(people) \
            and rows[end].cells[0].text.strip():
        label = normalise(rows[end].cells[0].text)
        for column, person in people.items():
            value = cell_at(rows[end], column)
            if value is None or not value.text.strip():
                continue
            if label in ("name", "full name", "names"):
                extraction.add(person, value.paragraphs)
            elif label in ("team", "service") and person == "practitioner":
                extraction.add(label, value.paragraphs)
        end += 1
    return end if end > index + 1 else 0


def _section_columns(row: Row, following: Row, labels: Labels, extraction: Extraction) -> bool:
    """Section names across a row with their grades in the row below."""
    names = row.filled()
    if len(names) < 2:
        return False
    grades = [cell_at(following, cell.column) for cell in names]
    # (One band across them, "Good practice seen", grades nothing.)
    if not all(cell is not None and labels.grades.read(cell.text).value for cell in grades) \
            or len({id(cell) for cell in grades}) < len(grades):
        return False
    for name, grade in zip(names, grades):
        extraction.sections.append(SectionRow(name.text.strip(), grade.paragraphs))
    return True


def _lists_side_by_side(row: Row, labels: Labels) -> bool:
    """Whether the row's cells title lists, each a different one ("Good
    practice | Learning – what needs to change")."""
    fields = [labels.cell_meaning(cell) for cell in row.filled()]
    return len(fields) >= 2 and len(set(fields)) == len(fields) \
        and all(field is not None and labels.field_type(field) == "list" for field in fields)


def _labels_by_meaning(row: Row, labels: Labels) -> bool:
    """Whether every filled cell of the row is a label, listed or known by
    its meaning ("Lead reviewer | Review meeting held on", "Panel date"):
    the next strip of labels, not one more row of values."""
    filled = row.filled()
    # (A sentence is a value, whatever its words mean: "Auditors' grades
    # were well evidenced; moderation agreed with most of them.")
    return bool(filled) and all(labels.cell_meaning(cell)
                                and not (cell.text.strip().endswith(".") and len(cell.text.split()) > 6)
                                for cell in filled)


def _a_grids_row(rows: list[Row], index: int, position: int, labels: Labels) -> bool:
    """Whether the label at `position` heads a row of a grid: three answers
    or more after it, none a label, each under a filled cell of the row above."""
    values = [cell for cell in rows[index].cells[position + 1:] if cell.text.strip()]
    above = {cell.column for cell in rows[index - 1].filled()} if index > 0 else set()
    return len(values) >= 3 and all(cell.column in above and not labels.cell_field(cell) and not _a_heading(cell)
                                    for cell in values)


def _more_values(row: Row, header: Row, labels: Labels) -> bool:
    """Whether `row`, the second under `header`, holds values too: one more
    item of a list ("Review TAC 1 | 09/09/2026 | Lead Worker, …"), its cells
    under the header's, none printed as a label (never "How did we speak to
    the family? | At the family hub", a label printed as the header's are,
    its value beside it)."""
    filled = row.filled()
    if len(filled) >= 2 and _a_heading(filled[0]) \
            and (filled[0].shading or "").upper() in {(cell.shading or "").upper() for cell in header.filled()}:
        # (Nor another strip of labels printed as the header's: "WHAT | WHERE |
        # WAY" under "WHY | WHEN | WHO" and their answers.)
        return False
    return _is_value_row(row, labels, header) or (
        len(filled) >= 2 and not any(_printed_as_label(cell) for cell in filled)
        and {cell.column for cell in filled} <= {cell.column for cell in header.filled()})


def _is_value_row(row: Row, labels: Labels, header: Row | None = None) -> bool:
    """Whether the row holds values, not labels. Under a `header`, a job
    title in its "Role" column is a value too, where the header has that
    label already: "Head of Service | Service | Role" over "Claire Whitworth
    | … | Head of Service", or where it is a job title alone: "Name of
    worker | Role of worker" over "Tom Hargreaves | Social Worker"."""
    roles = {cell.column for cell in header.filled() if _ROLE_LABEL.fullmatch(normalise(cell.text))} \
        if header is not None else set()
    headed = {labels.cell_field(cell) for cell in header.filled()} if roles else set()
    return bool(row.filled()) and not any(labels.cell_field(cell) and not (
        cell.column in roles and (labels.cell_field(cell) in headed
                                  or (is_role(cell.text) and labels.cell_field(cell) in PEOPLE))) for cell in row.cells) \
        and not labels.header_kind(row) and not _pairs(row, labels)


def _pairs(row: Row, labels: Labels) -> bool:
    """Whether the row holds a label known by its meaning beside a value of
    its shape ("Date of MACFA panel | 28.10.2026"): labels and values in
    pairs, not a row of values."""
    cells = row.cells
    for position, cell in enumerate(cells[:-1]):
        meant = labels.meant(cell.text) if cell.text.strip() else None
        # ("Grade confirmed | Agree. Good use of the child's own words.": a
        # moderator's answer and their comment, no label.)
        if meant and labels.field_type(meant) in _SHAPED_TYPES and labels.fits(meant, cells[position + 1].text) \
                and not labels.fits(meant, cell.text) and labels.agreement(cell.text) is None:
            return True
    return False


def _bare_section_row(row: Row, labels: Labels, extraction: Extraction) -> bool:
    """`Voice of the child | Good | comments` without a header row: the first
    cell a configured section name or a numbered area's title in bold, or a
    row whose second cell is a grade chosen with ticks."""
    filled = row.filled()
    if len(filled) < 2:
        return False
    name, grade = filled[0], filled[1]
    reading = labels.grades.read(grade.text)
    known = labels.definitions.canonical_section(name.text)
    ticked = any(box in grade.text for box in BOXES)
    # ("3.1  The child's voice and wellbeing | 1": a numbered area's title
    # band in bold, its grade at the end of the band.)
    numbered = NUMBERING.match(name.text.strip())
    titled = name.bold and numbered is not None and len(name.text.strip()[numbered.end():].split()) >= 2
    if titled and len(filled) == 2 and _one_option_marked(grade, labels):
        # "3.1  Child's voice | Outstanding / Good / Requires improvement /
        # Inadequate", all but one struck through.
        extraction.sections.append(SectionRow(name.text.strip(), grade.paragraphs))
        return True
    heads = labels.grades.heads_columns(cell.text for cell in filled[1:]) if titled and len(filled) == 5 else []
    if heads and None not in heads and len(set(heads)) == 4:
        # "3.1  Child's voice | Outstanding | Good | Requires improvement |
        # Inadequate" along the band, the one chosen filled in or alone in
        # bold (all alike, the grades head the marks below).
        bold = [head for cell, head in zip(filled[1:], heads) if cell.bold]
        chosen = _printed_choice(filled[1:], labels).decided or (bold[0] if len(bold) == 1 else None)
        if chosen is not None:
            extraction.sections.append(SectionRow(name.text.strip(), decided=chosen))
            return True
    if not (reading.value or (ticked and reading.problem)) or not (known or ticked or (titled and len(filled) == 2)):
        return False
    extraction.sections.append(SectionRow(name.text.strip(), grade.paragraphs, filled[2].paragraphs if len(filled) > 2 else []))
    return True

