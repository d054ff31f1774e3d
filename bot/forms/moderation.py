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

import colorsys
import re
from collections import Counter
from dataclasses import dataclass, field

from .dates import find_dates, parse_date
from .document import Cell, Document, Paragraph, Row, Run, Table, tidy
from .labels import ACTIONS, NUMBERING, Labels, organisation_title
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
    brand = _heading_colours(document, labels) - own
    rag = _rag_grades(document, labels, own)
    started = False
    titled: set[str | None] = set()  # the colours the preamble is printed in
    for in_table, paragraphs in _containers(document, labels):
        started = started or in_table or any(labels.label_of(paragraph) for paragraph in paragraphs)
        if not started:
            # the preamble: council name, title, guidance
            titled.update(run.colour for paragraph in paragraphs for run in paragraph.runs if run.text.strip())
            continue
        paragraphs = [paragraph for paragraph in paragraphs if id(paragraph) not in rag]
        _read_container(paragraphs, own if in_table else own | brand, labels, moderation, brand,
                        brand & titled - own)
    return moderation


# The hues of red, amber and green (and blue for Outstanding) a template or
# a QA team colours grades in, in degrees.
_RAG_HUES = {"Outstanding": ((75, 170), (190, 250)), "Good": ((75, 170),), "Requires Improvement to be Good": ((20, 65),),
             "Inadequate": ((0, 15), (340, 360))}


def _rag_grades(document: Document, labels: Labels, own: set[str | None]) -> set[int]:
    """The paragraphs that are only a grade written in its own red, amber or
    green ("Good" in green, "RI" in amber): a form's colour coding, not a
    Head of Service's judgement, when two grades or more are coloured so
    and not every one in the same colour. A moderator's grade typed in
    their colour beside the auditor's is still moderation."""
    found: list[tuple[Paragraph, str, str]] = []
    for paragraph in document.paragraphs():
        runs = [run for run in paragraph.runs if run.text.strip()]
        colours = {run.colour for run in runs}
        if not runs or len(colours) != 1 or None in colours or colours <= own:
            continue
        grade = labels.grades.read(paragraph.text).value if labels.grades.is_grade(paragraph.text) else None
        if grade:
            found.append((paragraph, grade, runs[0].colour))
    if len(found) < 2 or len({colour for _, _, colour in found}) < 2 \
            or not all(_in_hues(colour, _RAG_HUES.get(grade, ())) for _, grade, colour in found):
        return set()
    return {id(paragraph) for paragraph, _, _ in found}


def _hls(colour: str) -> tuple[float, float, float] | None:
    """Hue, lightness and saturation of an RRGGBB colour; None if unreadable."""
    try:
        red, green, blue = (int(colour[index:index + 2], 16) / 255 for index in (0, 2, 4))
    except ValueError:
        return None
    return colorsys.rgb_to_hls(red, green, blue)


def _in_hues(colour: str, hues: tuple[tuple[int, int], ...]) -> bool:
    read = _hls(colour)
    return read is not None and read[2] > 0.3 and any(low <= read[0] * 360 <= high for low, high in hues)


def _heading_colours(document: Document, labels: Labels) -> set[str | None]:
    """The colours the template gives its headings and titles (a moderator
    types a label and its value in their colour, so labels do not count:
    "Quality assured by: Claire Whitworth" in bold is theirs; "Observed
    Practice – Visit Quality Record" atop each sheet is the template's)."""
    found: set[str | None] = set()
    # A title printed atop every sheet or page ("Multi-Agency Case Review –
    # Audit Workbook – Northmoor Children's Safeguarding Partnership"), however
    # long: a moderator does not type the same bold line twice.
    printed = Counter(paragraph.text.strip() for paragraph in document.paragraphs() if paragraph.bold)
    for paragraph in document.paragraphs():
        text = paragraph.text.strip()
        repeated = printed[text] > 1 and len(text.split()) >= 4
        if (_heading_like(paragraph) or repeated) and not _sentence(paragraph) and not find_dates(text) \
                and not (":" in text and _labels_a_value(paragraph, labels)) and labelled_grade(text, labels) is None:
            # (A sentence in bold, or a signed and dated line such as "HoS QA –
            # Nasreen Akhtar, 28.10.26:", is a moderator's, not a heading; so
            # is "HoS: outstanding" in bold, a grade after its label.)
            found.update(run.colour for run in paragraph.runs if run.text.strip() and run.colour)
    return found


def _labels_a_value(paragraph: Paragraph, labels: Labels) -> bool:
    """Whether a line is a label, listed or known by its meaning, and a
    value typed after it ("Quality assured by: Claire Whitworth")."""
    labelled = labels.label_of(paragraph) or labels.weak_label_of(paragraph)
    return labelled is not None and bool("".join(run.text for run in labelled[1]).strip())


def _own_colours(document: Document, labels: Labels) -> set[str | None]:
    counts: Counter[str | None] = Counter()
    for run in document.runs():
        if not run.link and run.colour != WHITE:
            counts[run.colour] += len(run.text.strip())
    own: set[str | None] = {None, WHITE, *labels.definitions.template_colours}
    if counts:
        own.add(counts.most_common(1)[0][0])
    # Greys and near-blacks are guidance and body text; a Head of Service
    # moderates in a colour that stands out.
    own.update(colour for colour in counts if colour and _grey(colour))
    return own


def _grey(colour: str) -> bool:
    read = _hls(colour)
    return read is not None and (read[2] < 0.12 or read[1] < 0.15)


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
    if _guidance_note(table, labels):
        return
    in_actions = False
    heads = _header_of_labels(table, labels)
    labelled = False  # whether a row holding a label has been passed
    for position, row in enumerate(table.rows):
        labelled = labelled or any(labels.cell_field(cell) or labels.label_of(paragraph)
                                   or labels.weak_label_of(paragraph)
                                   for cell in row.filled() for paragraph in cell.paragraphs[:1])
        if _title_row(row, first=(position == 0 and len(table.rows) > 1) or not labelled):
            # "2. Quality of assessment" across the table, or a sheet's
            # opening lines ("Cymorth Cynnar / Early Help" under its title)
            # before its first label: the template's, however coloured.
            continue
        if position <= heads:
            continue  # a spreadsheet's header of labels, and the group titles above it
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
        following = table.rows[position + 1] if position + 1 < len(table.rows) else None
        for cell, field_name in zip(row.cells, fields):
            if not field_name and not _white_on_shading(cell) and not _printed_question(cell, row, following):
                yield cell.paragraphs


def _guidance_note(table: Table, labels: Labels) -> bool:
    """A sheet or table of one column under a title band ("How to complete
    the audit record"), its rows prose with no label: the form's guidance.
    A title that names the moderation keeps its rows a moderator's."""
    if not table.rows or any(len(row.filled()) > 1 for row in table.rows) or len(table.rows) < 2:
        return False
    title = table.rows[0].filled()
    if not title or not _white_on_shading(title[0]) or labels.cell_field(title[0]) \
            or labels.meant(title[0].text) in ("moderator_comments", "moderated_grade", "moderator") \
            or _SIGN_OFF_TITLE.search(title[0].text):
        # ("Head of Service sign-off" over the moderator's words, on a
        # thematic audit, whose author the Head of Service is.)
        return False
    return not any(labels.cell_field(cell) for row in table.rows[1:] for cell in row.filled())


# A title naming a moderation or a sign-off.
_SIGN_OFF_TITLE = re.compile(r"(?i)\bmoderat|\bsign-?\s?off\b|\bcounter-?sign")


def _printed_question(cell: Cell, row: Row, following: Row | None) -> bool:
    """A question printed where a label stands, answered beside it or in
    the row below ("Is there evidence that the child's voice is heard?"):
    the form's, however coloured."""
    text = cell.text.strip()
    if not text.endswith("?") or "\n" in text or len(text.split()) > 30:
        return False
    beside = [other for other in row.filled() if other.column > cell.column]
    below = following.filled() if following is not None and len(row.filled()) == 1 else []
    return bool(beside or below)


def _header_of_labels(table: Table, labels: Labels) -> int:
    """The index of a row of labels heading the values below it ("Case ID |
    Social worker | ... | Assessment | Planning"), with only titles above
    it ("Case details | Findings | Grades"); -1 when there is none."""
    found = -1
    for position, row in enumerate(table.rows[:-1]):
        filled = row.filled()
        if len(filled) <= 1:
            continue  # a title across the sheet
        if not all(_short(cell.text) for cell in filled):
            break
        known = sum(1 for cell in filled if labels.cell_field(cell) or (
            labels.meant(cell.text) and not labels.grades.read(cell.text).value
            and not any(character.isdigit() for character in cell.text)))
        if len(filled) >= 3 and known >= 2 and known * 2 >= len(filled):
            found = position
        elif found >= 0:
            break
    return found


def _short(text: str) -> bool:
    text = text.strip()
    return len(text.split()) <= 6 and "\n" not in text and not text.endswith(".")


def _title_row(row, first: bool) -> bool:
    """A row of one short title across the table, at its head or numbered
    ("2. Quality of assessment"): a template's, however coloured. A
    moderator writes sentences into the boxes."""
    filled = row.filled()
    if len(filled) != 1 or (len(row.cells) > 1 and filled[0].span < len(row.cells) and not first):
        return False
    text = filled[0].text.strip()
    return len(text.split()) <= 10 and "\n" not in text and not text.endswith(".") \
        and (first or bool(NUMBERING.match(text)))


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


def _read_container(paragraphs: list[Paragraph], own: set[str | None], labels: Labels, moderation: Moderation,
                    brand: set[str | None], titled: set[str | None]) -> None:
    """Read the moderator's words and grades in one box or run of lines;
    `own` holds the colours that are the form's here, `brand` the colours
    the template prints its titles in, `titled` those of them its opening
    lines (the council's name, the form's title) are printed in."""
    comment: list[Run] = []
    colour: str | None = None

    def flush() -> None:
        nonlocal comment, colour
        if comment:
            _keep(comment, labels, moderation)
        comment, colour = [], None

    for paragraph in paragraphs[_printed_prompts(paragraphs, own):]:
        runs = paragraph.runs
        mine = own
        labelled = labels.label_of(paragraph)
        if labelled is not None:
            # "Overall grade: Good  Moderated: Outstanding": the label is the
            # form's, what was typed after it may be the moderator's.
            flush()
            runs = labelled[1]
            coloured = [run for run in runs if run.colour not in (None, WHITE)]
            if coloured and labelled_grade("".join(run.text for run in coloured).strip(), labels):
                # "Moderated: Good" after the auditor's grade, even in the
                # colour the template prints its headings in.
                mine = own - {run.colour for run in coloured}
        elif ((_heading_like(paragraph) or _title_in(paragraph, brand)) and not _typed_after(paragraph, own)
              and not _sentence(paragraph) and not labelled_grade(paragraph.text.strip(), labels)) \
                or _numbered_title(paragraph) or organisation_title(paragraph.text.strip()):
            # A template's title; a grade the moderator typed in bold ("HoS: RI") is none.
            flush()
            continue
        picked = _grade_picked(runs, mine, labels, titled)
        if picked is not None:
            # "Outstanding / Good / Requires improvement / Inadequate" typed
            # in the moderator's colour, one picked out: that one grade.
            flush()
            if picked:
                _keep(picked, labels, moderation)
            continue
        for run in runs:
            if not run.text.strip():
                if comment:
                    comment.append(run)
                continue
            if run.colour in mine or run.link or run.strike:
                flush()
                continue
            if run.colour != colour:
                flush()
                colour = run.colour
            comment.append(run)
        if comment:
            comment.append(Run(" "))
    flush()


def _grade_picked(runs: list[Run], own: set[str | None], labels: Labels,
                  titled: set[str | None] = frozenset()) -> list[Run] | None:
    """Where `runs` print the grades to choose from (three or more, one a
    run), some in a colour not the form's: the run of the one picked out
    (highlighted, alone in bold, or alone not struck through), [] when no
    one grade is, and None when the runs are not the grades printed.

    One grade alone in the colour of the form's own title (`titled`: the
    council's name line), the others printed plain, is the form's way of
    marking the answer, as bold is ("Outstanding  GOOD  Requires
    improvement  Inadequate", GOOD in the council's red): the auditor's
    choice, read as the grade; a moderator writes in a colour of their own."""
    graded = [run for run in runs if run.text.strip() and labels.grades.is_written_grade(run.text.strip())]
    if len({labels.grades.read(run.text).value for run in graded}) < 3 \
            or all(run.colour in own for run in graded):
        return None
    coloured = [run for run in graded if run.colour not in own]
    if len(coloured) == 1 and coloured[0].colour in titled:
        return []
    standing = [run for run in graded if not run.strike]
    every_bold = all(run.bold for run in standing)
    for picked in ([run for run in standing if run.highlight], [run for run in standing if run.bold and not every_bold],
                   standing if len(standing) < len(graded) else []):
        if len(picked) == 1:
            return picked
    return []


def _sentence(paragraph: Paragraph) -> bool:
    """A line of three words or more ending in a full stop: a moderator
    may type it in bold ("I agree with the grade of inadequate."); a
    template's title never ends so."""
    text = paragraph.text.strip()
    return text.endswith(".") and len(text.split()) >= 3 and not text.isupper()


def _typed_after(paragraph: Paragraph, own: set[str | None]) -> bool:
    """Whether a line opens in the form's own colour and goes on in another:
    "G  Moderated: G" in bold, the auditor's grade then the moderator's. A
    template's title is one colour throughout."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    return len(runs) > 1 and runs[0].colour in own and any(run.colour not in own for run in runs[1:])


def _heading_like(paragraph: Paragraph) -> bool:
    """A heading style, or a short line all in bold: templates colour their
    section titles; moderators type sentences."""
    return paragraph.heading or (paragraph.bold and len(paragraph.text.strip()) < 80)


def _title_in(paragraph: Paragraph, brand: set[str | None]) -> bool:
    """A line all in bold in the colour the template prints its titles in,
    however long: a sheet's own title ("Quality Assurance: Review of a
    Practitioner's Supervision File – actions and sign-off" atop its last
    sheet), not a moderator's remark."""
    colours = {run.colour for run in paragraph.runs if run.text.strip()}
    return bool(colours) and colours <= brand and paragraph.bold


def _numbered_title(paragraph: Paragraph) -> bool:
    """A short numbered title in plain type ("2. Summary of the case")."""
    text = paragraph.text.strip()
    numbered = NUMBERING.match(text)
    # "2. Summary", "Part C – Feedback"; never "9th November 2026".
    return numbered is not None and numbered.group(0)[-1:].isspace() and len(text.split()) <= 10 \
        and not text.endswith(".") and parse_date(text) is None


def _keep(runs: list[Run], labels: Labels, moderation: Moderation) -> None:
    # Word splits runs mid-word, so the texts join as they are.
    text = tidy("".join(run.text for run in runs)).replace("\n", " ")
    # A number is the moderator's only as a grade on the form's key
    # ("Moderated grade: 2" typed in colour).
    scored = not any(character.isalpha() for character in text) and labels.grades.read(text).value is not None
    if (not scored and not any(character.isalpha() for character in text)) or labels.is_placeholder(text):
        if parse_date(text) is not None:
            _mark(runs)  # "19.10.26" after "Date:": the moderator's, but when, not what they said
        return
    folded = normalise(text)
    if any(folded.startswith(normalise(phrase)) for phrase in labels.definitions.ignore_phrases):
        return
    _mark(runs)
    if len(text.split()) <= 5 and parse_date(text) is not None:
        return  # "Monday 19 October 2026" beside "Date": the moderator's, but when, not what they said
    if labels.grades.is_grade(text) or scored:
        moderation.grades.append(text)
    elif said := labelled_grade(text, labels):
        moderation.grades.append(said)
        if len(_SENTENCES.split(text.strip())) > 1:
            # "Moderation (…): agree – Good. A thorough review …": the grade
            # given within a comment, which is kept too.
            moderation.comments.append(text)
    else:
        moderation.comments.append(text)
        # "... the plan is now good. Moderated judgement: Good": the comment
        # concludes with the moderated judgement (2018 framework).
        last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
        concluded = labelled_grade(last, labels) if last != text.strip() else None
        if concluded:
            moderation.grades.append(concluded)


def _mark(runs: list[Run]) -> None:
    """Mark `runs` the moderator's, and the runs they were split from ("Date:
    19.10.26" typed whole in the moderator's colour)."""
    for run in runs:
        run.moderator = True
        if run.source is not None:
            run.source.moderator = True


def labelled_grade(text: str, labels: Labels) -> str | None:
    """The grade of "Moderated: Outstanding", "HoS grade - RI", "Agreed
    judgement: Good" typed in colour: a few words that mean a moderated or
    final grade, then only a grade."""
    for separator in (":", " - ", " \u2013 "):
        head, found, tail = text.partition(separator)
        if found and _DISAGREES.match(head) and labels.grades.is_written_grade(tail.strip(" .")):
            # "I do not agree with the observer's judgement: Inadequate.": the
            # grade the moderator gives instead.
            return tail.strip(" .")
        folded = normalise(head)
        # ("Moderation (Nasreen Akhtar, Head of Service, 19 October 2026)":
        # a moderation signed in brackets is a short head all the same.)
        signed = "moderat" in folded and len(folded.split()) <= 5
        if not found or (len(head.split()) > 5 and not signed):
            continue
        meant = labels.meant(head)
        # ("Judgement confirmed: Good.": the grade the moderator confirms;
        # "Moderation (Nasreen Akhtar, Head of Service, 19 October 2026):
        # agree – Good.", its signature in brackets.)
        if (meant == "moderated_grade" or "moderat" in folded or folded in ("hos", "agreed", "final")
                or _CONFIRMED & set(folded.split())) and labels.grades.read(tail).value \
                and (_opens_with_grade(tail, labels) or len(normalise(tail).split()) <= 3):
            # (A grade first, "Moderated grade: Outstanding Mark Ellison, Head
            # of Service, 22nd of October 2026", or a word or two and it:
            # "agree – Good". "HoS: Read and authorised. A helpful
            # observation with a good reflective discussion." gives none.)
            return tail.strip()
    sentences = _SENTENCES.split(text.strip())
    if len(sentences) > 1:
        # "Having looked at two of the cases myself, … Moderated judgement:
        # INADEQUATE.": the grade in a sentence of its own after the comment.
        for sentence in reversed(sentences):
            found = labelled_grade(sentence, labels)
            if found:
                return found.rstrip(".")
    return _grade_after_its_words(text, labels)


def _grade_after_its_words(text: str, labels: Labels) -> str | None:
    """The grade closing a clause whose few words before it mean a moderated
    grade, with no colon between: "Agree – overall assessment after
    authorisation Requires Improvement. Assessment confirmed."."""
    for sentence in _SENTENCES.split(text.strip()):
        words = sentence.strip().rstrip(".").split()
        for count in range(1, 5):
            grade = " ".join(words[-count:])
            if len(words) <= count or not labels.grades.is_written_grade(grade):
                continue
            clause = re.split(r"\s[-\u2013\u2014]\s|[:,;(]", " ".join(words[:-count]))[-1].strip()
            if clause and len(clause.split()) <= 6 and labels.meant(clause) == "moderated_grade":
                return grade
    return None


def _opens_with_grade(text: str, labels: Labels) -> bool:
    """Whether `text` opens with a grade written out ("Outstanding Mark
    Ellison, …", "Requires improvement. …")."""
    words = text.split()
    return any(labels.grades.is_written_grade(" ".join(words[:count]).strip(" .,;")) for count in range(1, 7))


# Where one sentence ends and the next begins.
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# Words a moderator confirms a grade with: "Judgement confirmed", "Grade upheld".
_CONFIRMED = frozenset({"confirmed", "upheld", "agreed", "unchanged", "stands"})
# A moderator saying they disagree with the auditor's or observer's grade.
_DISAGREES = re.compile(r"(?i)\s*(?:I\s+)?(?:do\s+not|don['\u2019]t|cannot|can['\u2019]t)\s+agree\b|\s*(?:I\s+)?disagree\b")
