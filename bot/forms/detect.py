"""Which kind of form a document is.

The kind's `detect` phrases in `config/forms.yaml` are looked for in the
form's first lines and headings, then its page headers and footers, then its
title property (often left over from the template it was copied from, so
trusted last). The first text that names a kind decides; where one text
names two ("Multi-agency case file audit"), the longer phrase wins; a title
about moderation over a list of cases decides before a phrase in a line
under it. A form
that names no kind is judged by the labels only one kind uses ("Observer",
"Worker observed"), and failing that read as the default kind: knowingly
when its title calls it an audit ("File Audit Tool"), else with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .dates import find_dates
from .definitions import FormDefinitions, FormKind
from .document import Document, Table
from .text import CARD_TITLE, STEP_STATED, contains_phrase, normalise

_FIRST_TEXTS = 12


def _texts(document: Document) -> Iterator[str]:
    count = 0
    headings = []
    for paragraph in document.paragraphs():
        text = paragraph.text.strip()
        if not text:
            continue
        if count < _FIRST_TEXTS:
            count += 1
            yield text
        elif paragraph.heading:
            headings.append(text)
    yield from headings
    # The readers put the title property first; here it comes last.
    yield from document.titles[1:]
    yield from document.titles[:1]


def _titles(document: Document) -> list[str]:
    """The title lines among the form's first lines: headings and short
    lines all in bold (a council's name line is often one too)."""
    found = []
    for paragraph in document.paragraphs()[:_FIRST_TEXTS * 2]:
        text = paragraph.text.strip()
        if text and len(text) < 100 and (paragraph.heading or paragraph.bold):
            found.append(text)
        if len(found) >= 4:
            break
    return found


@dataclass(frozen=True)
class Detected:
    """The kind a form was taken for. `recognised` is False when the default
    kind was used because nothing on the form named or suggested a kind;
    `named` is True when the form's own words name the kind (a title, a
    line, a header), so that what it holds cannot overrule it."""

    kind: FormKind
    recognised: bool
    named: bool


def detect_kind(document: Document, definitions: FormDefinitions) -> Detected:
    """The kind of `document`: as its words name it (`_named_kind`), but
    an audit its title calls themed is the themed audit, unless the title
    names the moderation of audits."""
    detected = _named_kind(document, definitions)
    themed = _themed_title(document, definitions) if detected.named and not detected.kind.moderates_cases else None
    return Detected(themed, True, True) if themed is not None else detected


def _named_kind(document: Document, definitions: FormDefinitions) -> Detected:
    """The kind of `document` its words name.

    Among the form's first title lines the longest phrase wins, so the
    title "Team Around the Family - Reflective Case Summary" decides over a
    council name line above it that names "Early Help"."""
    titled = [(phrase, kind) for text in _titles(document) for phrase, kind in definitions.detect_phrases
              if _titles_it(text, phrase)]
    # "Early Help Practice Quality Audit": a phrase's words in the title in
    # its order, a word or two between them.
    spread = [(phrase, kind) for text in _titles(document) for phrase, kind in definitions.detect_phrases
              if " " in phrase and _spread_in(_folded(text).split(), phrase.split())]
    if titled:
        phrase, kind = max(titled, key=lambda item: len(item[0]))
        # "Joint Agency Case Audit" is a joint case audit more than a case
        # audit; a "Multi-agency Themed Audit" stays a themed audit.
        longer = [(other, found) for other, found in spread
                  if len(other) > len(phrase) and set(phrase.split()) <= set(other.split())]
        if longer:
            return Detected(max(longer, key=lambda item: len(item[0]))[1], True, True)
        text = next((text for text in _titles(document) if _titles_it(text, phrase)), "")
        named = _named_last(text, phrase, kind, definitions)
        if not named.moderates_cases and _moderation_after(text, phrase):
            # "Case Audit Moderation Panel: October 2026" over a column of
            # cases: a moderation of case audits.
            named = _moderation_of_cases(document, definitions) or named
        return Detected(named, True, True)
    if spread:
        return Detected(max(spread, key=lambda item: len(item[0]))[1], True, True)
    # (Before a kind named in a line under the title: "To: Early Help
    # leadership team" heads an overview of moderation.)
    moderation = _moderation_of_cases(document, definitions)
    if moderation is not None:
        return Detected(moderation, True, True)
    for text in _texts(document):
        folded = _folded(text)
        found = [(phrase, kind) for phrase, kind in definitions.detect_phrases if _titles_it(text, phrase)]
        # (A title in plain type, its words spread: "MULTI-AGENCY LINE OF SIGHT AUDIT".)
        found = found or [(phrase, kind) for phrase, kind in definitions.detect_phrases
                          if " " in phrase and len(folded.split()) <= _TITLE_WORDS
                          and _spread_in(folded.split(), phrase.split())]
        if found:
            phrase, kind = max(found, key=lambda item: len(item[0]))
            return Detected(_named_last(text, phrase, kind, definitions), True, True)
    for text in _titles(document):
        # "Quality Assurance Audit – Early Help Family Support": a title
        # holding every word of a kind's phrase, in another order.
        words = _folded(text).split()
        if len(words) > _TITLE_WORDS or text.rstrip().endswith((".", "?", ":")):
            continue  # a sentence or a label, not a title
        found = [(len(phrase), kind) for phrase, kind in definitions.detect_phrases
                 if " " in phrase and set(phrase.split()) - _LITTLE <= set(words)]
        if found:
            return Detected(max(found, key=lambda item: item[0])[1], True, True)
    observed = _observed(document, definitions) or _stepped(document, definitions)
    if observed is not None:
        return Detected(observed, True, False)
    by_labels = _kind_by_labels(document, definitions)
    if by_labels is None or by_labels.name == definitions.default_kind:
        # "Learning Audit Tool", its labels a case audit's, then "Summary of
        # the learning audit conversation" titling a part: the part says
        # what the audit was.
        parted = _named_in_parts(document, definitions)
        if parted is not None:
            return Detected(parted, True, False)
    if by_labels is not None:
        return Detected(by_labels, True, False)
    default = definitions.kind(definitions.default_kind)
    # "File Audit Tool", "Pathway Plan Audit": an audit of a child's case
    # that no other kind names is the default kind's, knowingly.
    return Detected(default, any("audit" in normalise(text).split() for text in _titles(document)), False)


# A title's word saying the audit is about one theme, whatever else it names.
_THEMED = frozenset({"themed", "thematic"})


def _themed_title(document: Document, definitions: FormDefinitions) -> FormKind | None:
    """The kind whose audits are of a theme (it asks for one) where a title
    that names a kind also calls the audit themed: "Themed Case Review Audit
    Tool", "MULTI-AGENCY CASE REVIEW AUDIT – THEMED" review one theme
    across a sample of cases, as a "Multi-agency Themed Audit" does; None
    for any other form."""
    themed = next((kind for kind in definitions.kinds.values() if ("theme",) in kind.required), None)
    if themed is None:
        return None
    for text in _titles(document):
        words = _folded(text).split()
        if _THEMED & set(words) and len(words) <= _TITLE_WORDS and any(
                _titles_it(text, phrase) or (" " in phrase and _spread_in(words, phrase.split()))
                for phrase, _ in definitions.detect_phrases):
            return themed
    return None


def _named_last(text: str, phrase: str, kind: FormKind, definitions: FormDefinitions) -> FormKind:
    """The kind `text` names: `kind`, which `phrase` names, unless a
    moderation's phrase ends after it. "Case Audit Moderation – Monthly
    Summary" is a summary of moderation, of case audits: the audits it is
    about are named before it ("Early Help Case File Audit", where the
    audit is named last, stays an Early Help audit)."""
    words = _folded(text).split()
    before = _spread_end(words, phrase.split())
    later = [(end, len(other), found) for other, found in definitions.detect_phrases
             if found is not kind and found.moderates_cases and " " in other
             for end in [_spread_end(words, other.split())] if end is not None and before is not None and end > before]
    return max(later, key=lambda item: item[:2])[2] if later else kind


def _moderation_after(text: str, phrase: str) -> bool:
    """Whether `text` names moderation after the kind's `phrase`."""
    words = _folded(text).split()
    end = _spread_end(words, phrase.split())
    rest = [word for word in words if word not in _LITTLE][end + 1:] if end is not None else []
    return any(re.fullmatch(r"moderat(?:ion|ed)", word) for word in rest)


def _titles_it(text: str, phrase: str) -> bool:
    """Whether a title names a kind's `phrase`: in its words, but not by
    joining words in brackets to words outside them. "Child and Family Plan
    (Early Help) – Quality Assurance Review" is a review of a plan; the
    Early Help in brackets says whose plan, and is no "Early Help quality
    assurance" of its own."""
    if not contains_phrase(_folded(text), phrase):
        return False
    parts = re.split(r"[()\[\]]", text)
    return len(parts) == 1 or any(contains_phrase(_folded(part), phrase) for part in parts)


def _folded(text: str) -> str:
    """A title folded for matching, its words in brackets kept: "Early Help
    Transition Audit (Step Up / Step Down)" is a step up or down audit. A
    quality checklist of a piece of work is an audit of it: "Early Help
    Assessment – Quality Checklist" is an Early Help assessment audit."""
    folded = normalise(re.sub(r"[()\[\]]", " ", text))
    # (So is a check of records: "Supervision Record Check" audits them.)
    return folded if "audit" in folded.split() else re.sub(r"\bchecklist\b|(?<=\brecord )check\b|(?<=\brecords )check\b",
                                                           "audit", folded)


def _spread_in(words: list[str], phrase: list[str], gap: int = 2) -> bool:
    """Whether `phrase`'s words occur in `words` in order, at most `gap`
    other words between each and the next, not counting the little words
    ("Multi-agency Line of Sight Audit" is a multi-agency audit)."""
    return _spread_end(words, phrase, gap) is not None


def _spread_end(words: list[str], phrase: list[str], gap: int = 2) -> int | None:
    """Where the first such occurrence of `phrase` in `words` ends (the
    position of its last word among the words that are not little ones),
    or None."""
    words = [word for word in words if word not in _LITTLE]
    phrase = [word for word in phrase if word not in _LITTLE]
    if not phrase:
        return None
    for start, word in enumerate(words):
        if word != phrase[0]:
            continue
        position = start
        for wanted in phrase[1:]:
            following = words[position + 1:position + 2 + gap]
            if wanted not in following:
                break
            position += 1 + following.index(wanted)
        else:
            return position
    return None


# Longer than this, a line is a sentence, not a title.
_TITLE_WORDS = 12
_LITTLE = frozenset("a an and the of for to in on".split())


def _moderation_of_cases(document: Document, definitions: FormDefinitions) -> FormKind | None:
    """The overview kind where the form's title is about moderation
    ("Moderation Briefing Note", "BRIEFING NOTE: Audit Moderation") and
    the form lists cases, two or more, in a column headed as theirs or one
    to a line ("1. C1157509 – …"): one case's audit is about its case, its
    moderation a part of it, never its title."""
    overview = next((kind for kind in definitions.kinds.values() if kind.moderates_cases), None)
    if overview is None or not any(re.search(r"(?i)\bmoderat(?:ion|ed)\b", text) for text in _titles(document)[:2]):
        return None
    return overview if len(_cases_listed(document, definitions)) >= 2 else None


def _cases_listed(document: Document, definitions: FormDefinitions) -> set[str]:
    """The case references a form lists: down a table's column whose header
    means a case, beside a label meaning a case on cards of their own, or
    each at the start of a line."""
    def case_id(text: str) -> str | None:
        # (The child may be named beside it: "LCS7862163 (Oakley Kowalczyk)".)
        match = definitions.case_id_pattern.fullmatch(re.sub(r"\s*\([^()]*\)\s*$", "", text.strip()))
        value = (match.groupdict().get("id") or match.group(0)).strip() if match else None
        return value if value and not _YEAR.fullmatch(value) and not find_dates(value) else None

    found: set[str] = set()
    cards: set[str] = set()
    for block in document.blocks:
        if isinstance(block, Table):
            # (A workbook's header row may sit under its title rows.)
            for position, header in enumerate(block.rows):
                for column, cell in enumerate(header.cells):
                    if case_id(cell.text) or not definitions.meaning.scores(cell.text, ("case_id",)):
                        continue
                    found.update(value for row in block.rows[position + 1:] if column < len(row.cells)
                                 for value in [case_id(row.cells[column].text)] if value)
            # Cases one to a column: "LCS ref | C6062113 | C2777276 | C9767328".
            for row in block.rows:
                across = [value for cell in row.cells[1:] for value in [case_id(cell.text)] if value]
                if len(across) >= 2 and row.cells and definitions.meaning.scores(row.cells[0].text, ("case_id",)):
                    found.update(across)
            # A case's card: a table of its own with "Case reference |
            # CS-8259464" on one of its rows (never a child's ID and a
            # sibling's in one table).
            beside = {value for row in block.rows if len(row.cells) >= 2
                      and definitions.meaning.scores(row.cells[0].text, ("case_id",))
                      for value in [case_id(row.cells[1].text)] if value}
            # (Or in the card's title: "Case 1: C9104268 (Lacey Ormerod)".)
            titled = CARD_TITLE.match(block.rows[0].cells[0].text) if block.rows and block.rows[0].cells \
                and len([cell for cell in block.rows[0].cells if cell.text.strip()]) == 1 else None
            beside |= {value for value in [case_id(titled.group("case"))] if value} if titled else set()
            if len(beside) == 1:
                cards.update(beside)
        else:
            line = _CASE_AT_START.match(block.text)
            value = case_id(line.group("case")) if line else None
            if value:
                found.add(value)
    return found | cards if len(cards) >= 2 else found


_YEAR = re.compile(r"(?:19|20)\d\d")
# "1. C1157509 – Children with Disabilities Team, …": a case's line.
_CASE_AT_START = re.compile(r"\s*(?:\d{1,2}[.)]\s+)?(?P<case>\S+)\s+[-\u2013\u2014]\s+\S")


def _observed(document: Document, definitions: FormDefinitions) -> FormKind | None:
    """The observation kind where the form's own questions about who and
    what say it is one ("Whose practice was observed?", "Who observed?")
    and its title names no kind: two such lines or more among its first."""
    if "observation" not in definitions.kinds:
        return None
    lines = [text for text in _texts(document) if len(text) < 80]
    asked = [text for text in lines[:_FIRST_TEXTS * 2] if re.search(r"(?i)\bobserv(?:ed|er|ing|ation)\b", text)]
    return definitions.kind("observation") if len(asked) >= 2 else None


def _stepped(document: Document, definitions: FormDefinitions) -> FormKind | None:
    """The step up / step down kind where the form's first part states or
    offers the step itself ("➡ Step up to Children's Social Care", "☐ Step
    up to Children's Social Care  ☒ Step down to Early Help") and its title
    names no kind ("Review of a Move Between the Hub and Social Work"): a
    review of one case's move, whatever its title calls it."""
    kind = next((kind for kind in definitions.kinds.values() if "direction" in kind.fields), None)
    first = [paragraph.text for paragraph in document.paragraphs() if paragraph.text.strip()][:_FIRST_TEXTS * 2]
    return kind if kind is not None and any(STEP_STATED.search(text) for text in first) else None



def _named_in_parts(document: Document, definitions: FormDefinitions) -> FormKind | None:
    """The kind a title of one of the form's parts names, past its first
    lines: a short line alone, in bold, naming another kind than the default
    in a phrase of two words or more; None where none does, or two kinds are
    named."""
    named = {kind.name: kind for paragraph in document.paragraphs()
             for text in [paragraph.text.strip()]
             if text and len(text) < 80 and paragraph.bold and not text.endswith(("?", ":"))
             for phrase, kind in definitions.detect_phrases
             if " " in phrase and kind.name != definitions.default_kind and _titles_it(text, phrase)}
    return next(iter(named.values())) if len(named) == 1 else None


def _kind_by_labels(document: Document, definitions: FormDefinitions) -> FormKind | None:
    """The kind with most labels of its own on the form, if any."""
    present = set()
    for paragraph in document.paragraphs():
        text = paragraph.text.strip()
        if text and len(text) < 120:
            present.add(normalise(text))
            present.add(normalise(text.split(":", 1)[0]))
    kinds = list(definitions.kinds.values())
    shared = set(kinds[0].label_index).intersection(*(kind.label_index for kind in kinds[1:]))
    best, best_count = None, 0
    for kind in kinds:
        own = {label for label in kind.label_index if label not in shared}
        count = len(own & present)
        if count > best_count:
            best, best_count = kind, count
    return best

