"""Turning found values into the typed fields of a `ParsedForm`.

Each field type of `config/forms.yaml` has one reading: a case ID is the
first token matching `case_id_pattern` that contains a digit (case IDs are
every such token); text is the first line; a note is every line; a list is
one item per line or bullet (a short list also splits at commas and
semicolons); a date is a UK date (dates are every one in the box); a number
a whole number, or how many case IDs the box lists; a grade an Ofsted
judgement; yes/no a ticked, written or chosen answer with any detail after
it.

Auditor's fields are read without the runs a moderator typed in their own
colour; the moderator's fields and the personal data boxes are read whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .dates import find_dates, only_a_date, parse_date
from .definitions import MODERATION_FIELDS
from .document import BOXES, TICKED, UNTICKED, Document, Paragraph, split_runs, ticked_options, tidy
from .extract import Extraction, Finding
from .grades import NONE_CHOSEN, SEVERAL_CHOSEN, Reading, read_yes_no
from .labels import GRADE_FOR_NUMBER, PEOPLE, Labels, attendees, emphasised
from .meaning import MINIMUM
from .model import Action, ParsedForm
from .moderation import Moderation, labelled_grade
from .privacy import PersonalData, is_a_persons_name, is_common_word, names_a_job, signature_at, signature_name
from .text import (
    BRACKETED_TEAM,
    INSTRUCTION,
    JOB,
    SPACED_DASH,
    STEP_STATED,
    forename_first,
    is_role,
    normalise,
    strip_bullet,
    without_role,
)

_MODEL_FIELDS = frozenset(ParsedForm.__dataclass_fields__) - {"extra", "errors", "warnings", "file", "ok", "form"}
_WHOLE = ("moderated_grade", "moderator_comments", "moderator", "moderation_date", "child_name", "family_names", "date_of_birth", "address")
# Words that may stand beside a case number and are not a name.
_ID_WORDS = {"lcs", "mosaic", "id", "no", "number", "ref", "reference", "case", "child", "cin", "cp", "lac", "ehm", "nhs"}
_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
# Fields the bot acts on (reminders, alerts, escalations): never taken from
# one of two places on the form that disagree.
_DECISIVE = ("case_id", "grade", "moderated_grade")
# "Craig McAllister (Children's Services)", "read by Jodie Tattersall (CAMHS)".
_PERSON_FOR_AGENCY = re.compile(r"(?:.*\bby\s+)?(?P<person>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)+)"
                                r"\s*\((?P<agency>[^()]+)\)")
_SHORT_ITEM_SEPARATOR = re.compile(r"\s*[,;]\s*")
# Between an agency and who spoke for it: "Police - PPU Detective Constable".
_AGENCY_AND_ROLE = re.compile(r"\s*:\s*|\s[-\u2013\u2014]\s")
# "Sita Mehra, DS, Public Protection Unit. …": a name, then a comma and who
# they are.
_NAME_THEN_ROLE = re.compile(r"[A-Z][a-z'\u2019-]+\s+[A-Z][A-Za-z'\u2019-]+,\s")
# A list item that says there is nothing to list: "None", "N/A", "No further
# actions required at this time", "There are no areas for development".
# Matched on folded text and whole, so "No contact with father - SW to
# arrange" stays an action.
# "See action 2 of the partnership action plan": a pointer to an action
# listed elsewhere, not one of its own.
# ("see the next sheet", "see overleaf": the items are elsewhere.)
_POINTER = re.compile(r"(?:see|refer to|as per|cross ref\w*(?: to)?) (?:the )?(?:actions?|action plan|recommendations?"
                      r"|(?:next|following|separate|attached) (?:sheet|tab|page|section)|overleaf|below|attached)\b")
_NOTHING = re.compile(
    r"(?:(?:none|nil|n a) )?"  # "None – no further actions required."
    r"(?:there (?:are|were|is) )?(?:no|none|nil|n a|not applicable|nothing)"
    r"(?: (?:further|other|additional|new|specific|case specific|outstanding|immediate|learning|development))*"
    # "No multi-agency actions", "No single agency recommendations": whose they would be.
    r"(?:(?: [a-z]+){1,2}(?= (?:actions?|recommendations?)\b))?"
    r"(?: (?:actions?|recommendations?|areas?(?: for (?:development|improvement))?|concerns?|issues?|strengths?))?"
    r"(?: for (?:the|this)(?: [a-z]+){1,2}| for practice)?"  # "No actions for the service arising from …"
    r"(?: (?:are |is |were |was |have been |has been )?(?:required|needed|identified|necessary|noted|set|agreed|made|arising|arise|arose"
    r"|recommended|recorded|to (?:add|note)))?"
    # "No actions arising beyond those already set in the audits"
    r"(?: (?:beyond|other than|apart from|besides) (?:those|the ones)(?: already)?"
    r" (?:set|agreed|recorded|identified|in place)(?: (?:in|on|by) (?:the|each)(?: [a-z]+){0,2}"
    r" (?:audits?|cases?|reviews?|plans?))?)?"
    # ("No further actions required for this child's file.")
    r"(?: (?:by|from|in|on|for|at|to) (?:this|the)(?: [a-z]+){0,2} (?:audit|review|observation|case|file|form|visit|session|plan"
    # ("No actions arising from this deep dive.")
    # ("No recommendations for practice from this agency's return.")
    # ("No actions arising from this monitoring.")
    r"|meeting|panel|group|auditors?|partnership|sample|moderation|conversation|check|report|dive|exercise|return"
    r"|monitoring))?"
    r"(?: (?:at|for) (?:this|the) (?:time|stage|point|moment))?"
    r"(?: (?:this|that) (?:month|quarter))?"  # "No new actions this month"
)

# The form's own closing instruction, printed under its last box: where to
# send it when done, no action of the audit's.
_RETURN_THE_FORM = re.compile(r"(?i)\s*(?:please\s+)?(?:return|send|e-?mail|forward|submit|save)\s+(?:the\s+|this\s+|your\s+)?"
                              r"(?:completed\s+|finished\s+|signed\s+)?(?:form|checklist|audit|tool|record|template"
                              r"|document|workbook|observation)\b.*\b(?:to|in|on)\b")

_DECIDED_THAT = re.compile(r"^(?:the )?(?:(?:audit|review|multi agency|moderation) )?(?:panel|group|meeting|auditors?|partners?"
                          r"|partnership|we) (?:agreed|decided|felt|found|concluded)(?: that)? ")
# "Total | 28 / 28" under a score summary: the areas' scores added up or
# averaged, no area of practice of its own.
_SUM = re.compile(r"(?:overall |grand )?(?:total|sum|average|mean)(?: (?:score|scores|mark|marks|points))?"
                  r"(?: out of \d+)?")

# A sentence ending on a grade: "… I evaluate the plan overall as Req.
# improvement.", "Practice on this theme is good." (never "is not good").
_CONCLUDED = re.compile(r"(?i)(?<!\bnot )\b(?:as|is|was|be|rated|graded|evaluated|judged)\s+(?P<grade>[a-z][a-z .]{0,40}?)"
                        r"\s*[.!]?\s*$")
# The form's own grade where the areas' grades are listed: "Overall",
# "Overall evaluation".
_OVERALL_AREA = re.compile(r"overall(?: (?:grade|grading|judgement|judgment|evaluation|rating|outcome))?")

# A step up or step down says which way the case moved.
_DIRECTION = re.compile(r"(?i)\b(?:up|down|escalat\w*|de-?escalat\w*)\b")
# `step_stated`: the step written as the answer, in a part of its own
# ("Step up to Children's Social Care"), among the form's first lines.
_STEP = re.compile(rf"{STEP_STATED.pattern}\s+\S.{{0,60}}")
# ("Step audited: Step down to Early Help – agreed on 03-Sep-2026 by …":
# the step after its label, before a dash.)
_STEP_SEGMENTS = re.compile(r"\s{2,}|\t|\s/\s|\||[\u27a1\u2192\u21d2\u2b95>]|\n|:\s|\s[\u2013\u2014-]\s")
_STEP_LINES = 40
# "…, which took effect on 10th Sep 2026 (from …)", "… – agreed on 03-Sep-2026
# by …": when the step stated took effect.
_TOOK_EFFECT = re.compile(r"(?i)\b(?:(?:took|takes|taking)\s+effect\s+(?:on\s+|from\s+)?|agreed\s+on\s+)"
                          r"(?P<date>[^()]{4,30}?)\s*(?:[(.;]|\s+by\s|$)")
# A moderation box the Head of Service has not filled in yet, or that
# says the case was not moderated.
_NOT_YET = re.compile(
    # ("Not yet quality assured.": a Head of Service's quality assurance is moderation.)
    r"(?:not yet|awaiting|pending|still to be|yet to be|to be) (?:moderat\w*|completed|reviewed|signed off|read"
    # ("Not yet seen by HoS.")
    r"|seen|quality assured|qad|qaed)"
    r"(?: by (?:the )?(?:hos|head of service|moderator|service manager))?"
    # "To be signed off at the next QA Subgroup."
    r"(?: (?:at|by|in) (?:the )?next(?: [a-z]+){1,3})?"
    # "Awaiting sign-off", "Sent to HoS": the moderation still to come.
    # ("Awaiting chair's sign-off": the panel's chair who moderates.)
    r"|(?:awaiting|pending) (?:(?:the )?(?:hos|ad|dcs|head of service|assistant director|service manager|chairs?|panels?)(?: s)? )?"
    r"(?:sign off|signing off|approval|qa|quality assurance|authorisation|authorization)"
    r"|(?:sent|passed|forwarded|submitted|given) to (?:the )?(?:hos|head of service|moderator|service manager)"
    r"(?: for (?:moderation|sign off|qa|quality assurance|review|comments?))?"
    # "With HoS for moderation – not yet returned."
    r"|with (?:the )?(?:hos|head of service|moderator|service manager) for (?:moderation|sign off|qa|quality assurance)"
    r"(?: not yet returned)?"
    r"|(?:awaiting|pending) (?:(?:a|the) )?(?:hos|head of service|moderator|moderation)(?:s)?"
    r"(?: (?:review|moderation|sign off|comments|sample|sampling|check))?"
    r"|not moderated(?: yet| (?:this|that) (?:month|quarter|time))?"
    # "Not selected for moderation this month.": the case was not moderated.
    r"|(?:not|wasn t|was not) (?:selected|chosen|picked|sampled|required|needed|due) for"
    # "Not selected for checking.": a Head of Service's quality check is moderation.
    r" (?:(?:hos|head of service) )?(?:moderation|qa|quality assurance|checking|check|authorisation|authorization"
    # ("Not selected for Head of Service sign-off this month.")
    r"|sign off|signing off|countersigning|countersignature)"
    # ("… this Practice Week": the week a council's practice observations are held.)
    # ("… this session": a partnership's audit session.)
    r"(?: (?:this|that|in this|in that|at this|at that) (?:(?:practice |audit )?week|month|quarter|time|round|cycle"
    r"|(?:audit )?session))?"
    r"|no moderation(?: (?:required|needed|undertaken|this month|this quarter))?"
    # "Moderation: awaiting.", "HoS sign-off: pending": the word alone, after its label.
    r"|awaiting|pending|to follow|not yet(?: done| completed)?"
    # "Head of Service moderation: not sampled this month."
    r"|not (?:sampled|selected|chosen)(?: (?:this|that) (?:month|quarter|time|round|cycle|session))?"
    # "Not in this month's moderation sample."
    r"|not (?:in|part of) (?:this|the|that)(?: (?:month|quarter) ?s)?(?: (?:moderation|hos|qa))? sample"
    # "Type in your own colour.", "For the Head of Service to complete.":
    # the box's own instruction.
    r"|(?:please )?(?:type|write|complete|add|comment) (?:in|using) (?:your|a) (?:own )?(?:colou?r|font)"
    r"|(?:for )?(?:the )?(?:hos|head of service|moderator|service manager) to (?:complete|fill in|sign)"
    # "For Head of Service use only.", "Office use only".
    r"|(?:for )?(?:the )?(?:hos|head of service|moderator|service manager|office|qa|quality assurance)(?: team)?"
    r"(?: s)? use only"
)


# "Feedback shared with the worker: Yes" under a list: a question the form
# asks and its answer, no item of the list.
_ANSWERED = re.compile(r"(?i)[^:.]{3,80}[:?]\s*(?:(?:yes|no|y|n|n/a)\s*[\u2610\u2612\u2713\u2714]?\s*){1,2}"
                       r"(?:[-\u2013\u2014,;(][^.]*)?\.?")


# A printed label with nothing after it: "Date:", "Moderated judgement:".
_BARE_LABEL = re.compile(r"[A-Za-z][^:.?!\n]{0,40}:")


def says_nothing(text: str) -> bool:
    """True when a list item only says there is nothing to list, points to
    an item listed elsewhere, says a moderation is still to come, or tells
    where the form goes when done."""
    if _BARE_LABEL.fullmatch(text.strip()):
        return True  # "Name:", "Moderated judgement:": a box's printed label, left unanswered
    if _RETURN_THE_FORM.match(text):
        return True  # "Return the completed checklist to the Early Help quality assurance inbox."
    # "The audit panel agreed that no further multi-agency actions are
    # needed.": who decided there are none, then that there are none.
    folded = _DECIDED_THAT.sub("", normalise(text))
    # "No further actions required at this time – continue with the
    # current family plan", "No recommendations: the learning will be
    # shared through team meetings.", "None. The review found nothing the
    # plan is not already addressing.": the first clause says it.
    head = normalise(re.split(rf"{SPACED_DASH.pattern}|[;:]|(?<=\w)\.\s+(?=[A-Z])", text, maxsplit=1)[0])
    # "Head of Service: type in your own colour.": whose box, then how to fill it.
    tail = normalise(text.partition(":")[2])
    return _NOTHING.fullmatch(folded) is not None or _POINTER.match(folded) is not None \
        or (bool(tail) and _POINTER.match(tail) is not None) \
        or _NOT_YET.fullmatch(folded) is not None or (bool(tail) and _NOT_YET.fullmatch(tail) is not None) \
        or (head != folded and (_NOTHING.fullmatch(head) or _NOT_YET.fullmatch(head)) is not None)


def _planned_apart(extraction: Extraction, labels: Labels) -> None:
    """A list whose label, known by its meaning, could head the actions or
    the areas for development ("What needs to happen next / be better") on
    a form whose actions stand in a box or table of their own ("SMART
    actions", who and by when), and with no areas for development besides:
    the areas for development."""
    if any(finding.field == "development_areas" for finding in extraction.findings):
        return
    either = [finding for finding in extraction.findings
              if finding.field == "actions" and finding.weak and finding.label and not finding.in_area
              and "development_areas" in {field for score, field in labels.definitions.meaning.scores(
                  finding.label, labels.kind.fields) if score >= MINIMUM}]
    planned = bool(extraction.actions) or any(finding.field == "actions" and all(finding is not other for other in either)
                                              for finding in extraction.findings)
    if len(either) == 1 and planned:
        either[0].field = "development_areas"


def _lines(paragraphs: Iterable[Paragraph], whole: bool, labels: Labels) -> list[str]:
    lines = []
    for paragraph in paragraphs:
        text = paragraph.text if whole else paragraph.auditor_text
        for line in tidy(text).split("\n"):
            if line and not labels.is_placeholder(line):
                lines.append(line)
    return lines


class FieldReader:
    """Fills a ParsedForm from an extraction, collecting warnings and the
    personal data to redact."""

    def __init__(self, form: ParsedForm, labels: Labels):
        self.form = form
        self.labels = labels
        self.personal = PersonalData()
        self._grade_problems: dict[str, str] = {}
        # What labelled boxes held, folded: a moderator's name typed in colour
        # in the "Moderated by" box is that box's value, not a comment.
        self._box_values: set[str] = set()
        # List fields filled from the boxes of several areas.
        self._area_lists: set[str] = set()
        # Whether the form's urgent question was found at all, answered or not.
        self.urgent_asked = False
        # The cases of a sample taken from a table of cases, not a box of its own.
        self._sample_tabled: list[str] = []
        # The team named in brackets after the practitioner's name.
        self._team_beside: str | None = None
        # Whether anything on the form besides a grade in colour shows a
        # moderator's hand: their comments, or a moderation box filled in.
        self._moderated_elsewhere = False
        # The form's grade was the auditor's, typed in a colour of their own.
        self._grade_in_colour = False

    def read(self, extraction: Extraction, moderation: Moderation) -> None:
        if self.labels.kind.moderates_cases:
            _moderation_is_the_authors(extraction)
        # Listed labels first: a label known only by its meaning never
        # overrides one the configuration names.
        # A list the form sums up on its own ("What worked well", after the
        # areas) is that list; the boxes under each area are their evidence.
        # (Not a box saying there are no actions, "No further actions
        # required at this time" under "Learning from the observation": it
        # sums up no development.)
        summed_up = {finding.field for finding in extraction.findings
                     if not finding.in_area and self.labels.field_type(finding.field) in ("list", "short_list")
                     and any(paragraph.text.strip() and not (finding.field != "actions" and says_nothing(paragraph.text)
                                                             and "action" in paragraph.text.casefold())
                             for paragraph in finding.paragraphs)}
        _planned_apart(extraction, self.labels)
        repeated = self._repeated_labels(extraction)
        self._moderated_elsewhere = bool(moderation.comments) or len(moderation.grades) > 1 or any(
            finding.field in MODERATION_FIELDS and (finding.decided is not None or any(
                paragraph.text.strip() and not says_nothing(paragraph.text) for paragraph in finding.paragraphs))
            for finding in extraction.findings)
        for finding in sorted(extraction.findings, key=self._order):
            if finding.in_area and finding.field in summed_up:
                continue
            if (finding.field, finding.label) in repeated:
                continue
            if finding.weak and not self._fits(finding):
                continue
            self._finding(finding)
            if finding.in_area and self.labels.field_type(finding.field) in ("list", "short_list"):
                self._area_lists.add(finding.field)
        if self._team_beside and "team" in self.labels.kind.fields and self._current("team") is None:
            self._set("team", self._team_beside)
        for field_name in _DECISIVE:
            self._unless_contradicted(field_name, extraction)
        for field_name, problem in self._grade_problems.items():
            if field_name == "moderated_grade" and problem == NONE_CHOSEN:
                # A blank moderation box: the form is simply not moderated yet.
                continue
            if self._current(field_name) is None:
                self.form.warnings.append(_grade_warning(self.labels.kind.fields[field_name].name, problem))
        for _, paragraphs in extraction.named:
            # ("Others present | Wayne Haworth (parent); school DSL": the
            # family's names, never the professionals' roles among them.)
            said = "\n".join(_lines(paragraphs, True, self.labels))
            self.personal.family_names.extend(attendees(said) or [said])
        self._sections(extraction)
        self._actions(extraction)
        self._cases(extraction)
        self._moderation(moderation)
        self._agreed(extraction)

    def _repeated_labels(self, extraction: Extraction) -> set[tuple[str, str]]:
        """(note, label) where one label gives a note three values or more:
        the label repeated under each area ("What the family said" under
        each of six pillars) labels each area's box, and a box of the
        note's own ("In the family's words: the help as a whole") is the
        note, where the form has one."""
        values: dict[tuple[str, str], set[str]] = {}
        for finding in extraction.findings:
            if finding.label and self.labels.field_type(finding.field) == "note":
                values.setdefault((finding.field, finding.label), set()).add(normalise(" ".join(self.lines(finding))))
        return {(name, label) for (name, label), said in values.items() if len(said) >= 3
                and any(other.field == name and other.label != label and self.labels.fits(name, " ".join(self.lines(other)))
                        for other in extraction.findings)}

    def _order(self, finding: Finding) -> tuple[int, float]:
        """Listed labels first, then labels known by their meaning, then a
        listed label of a short answer over prose: "3. What was observed"
        heading an account of the session is not the setting a label known
        by its meaning gives ("Activity observed | Core group meeting").
        Of two boxes known as a list's only by their meaning, the one whose
        label means it more comes first: "Areas of development and training
        requirements" over "What were the challenges? Could anything have
        been done differently?" before it."""
        if finding.weak:
            if self.labels.field_type(finding.field) != "list" or not finding.label:
                return 1, 0.0
            scores = self.labels.definitions.meaning.scores(finding.label, self.labels.kind.fields)
            return 1, -max((score for score, field in scores if field == finding.field), default=0.0)
        if self.labels.field_type(finding.field) == "text" and finding.field not in PEOPLE \
                and finding.decided is None and self.lines(finding) \
                and not self.labels.fits(finding.field, "\n".join(self.lines(finding))):
            return 2, 0.0
        return 0, 0.0

    def _unless_contradicted(self, field_name: str, extraction: Extraction) -> None:
        """Where two listed labels give the same field different values (two
        case IDs, an overall grade of Good in one place and Inadequate in
        another), the bot does not choose: the field is left empty and the
        sender asked. Reminders, alerts and escalations hang on these."""
        if field_name not in self.labels.kind.fields:
            return
        values: list[str] = []
        for finding in extraction.findings:
            if finding.field != field_name or finding.weak:
                continue
            lines = self.lines(finding)
            if field_name == "case_id":
                found = self._case_ids_in(" ".join(lines))
                value = found[0] if found else None
            else:
                value = finding.decided or self._read_grade(finding.paragraphs, lines).value
            if value and value not in values:
                values.append(value)
        if len(values) < 2:
            return
        self._set_unsure(field_name)
        name = self.labels.kind.fields[field_name].name
        written = " and ".join(f"'{value}'" for value in values[:3])
        self.form.warnings.append(
            f"The form gives two different values for the {name} ({written}), so the bot did not choose one. "
            f"Please reply with the right {name}, or send the form again with one."
        )

    def _set_unsure(self, field_name: str) -> None:
        if field_name in _MODEL_FIELDS:
            setattr(self.form, field_name, None)
        else:
            self.form.extra.pop(field_name, None)
        unsure = self.form.extra.setdefault("unsure", [])
        if field_name not in unsure:
            unsure.append(field_name)

    def _fits(self, finding: Finding) -> bool:
        """A finding by meaning is read only when its value looks right, and
        only for a field no listed label has filled."""
        current = self._current(finding.field)
        if finding.in_area and finding.field in self._area_lists:
            # "Good practice" under each area: every one adds to the list.
            current = None
        if current not in (None, [], "") and not (finding.field == "urgent_concern" and current is False) \
                and self.labels.field_type(finding.field) != "case_ids":
            # (No urgent concern is where every form starts, not an answer.
            # A sample's cases may be listed in parts: "Tracked end to end:
            # …", then "Case references: …".)
            return False
        if finding.decided is not None:
            return True
        lines = self.lines(finding)
        if self.labels.field_type(finding.field) == "grade":
            # A grade, or one marked among the grades listed; a key to the
            # scale ("O = Outstanding, G = Good ...") is no grade of the form's,
            # nor is guidance under a part's title ("Judge each area against
            # what good looks like …", "Highlight the judgement that applies.").
            if all(INSTRUCTION.match(line.strip()) for line in lines if line.strip()):
                return self._grade_in_own_colour(finding, lines) is not None
            return self._read_grade(finding.paragraphs, lines).value is not None
        ticked = ticked_options(" ".join(lines))
        if self.labels.field_type(finding.field) == "text" and len(ticked) == 1:
            # "☐ Home visit  ☒ Video call  ☐ …": the option ticked is the value.
            return self.labels.fits(finding.field, ticked[0])
        return self.labels.fits(finding.field, "\n".join(lines))

    def _grade_in_own_colour(self, finding: Finding, lines: list[str]) -> str | None:
        """The form's grade when its box holds only a grade in colour and
        nothing else on the form shows a moderator's hand (no comment, no
        moderation box filled in): "Overall judgement: Good" in green is
        the auditor's answer in a colour of their own, not a judgement
        typed beside theirs."""
        if finding.field != "grade" or finding.decided is not None or lines or self._moderated_elsewhere:
            return None
        return self.labels.grades.read(" ".join(paragraph.text for paragraph in finding.paragraphs).strip()).value

    def lines(self, finding: Finding) -> list[str]:
        return _lines(finding.paragraphs, finding.field in _WHOLE, self.labels)

    def _finding(self, finding: Finding) -> None:
        field_name = finding.field
        kind = self.labels.field_type(field_name)
        lines = self.lines(finding)
        coloured = self._grade_in_own_colour(finding, lines)
        if coloured is not None:
            if self._current(field_name) is None:
                self._set(field_name, coloured)
                self._grade_in_colour = True
            return
        if finding.decided is None and not lines:
            return
        if kind == "text" and all(INSTRUCTION.match(line) and line.rstrip().endswith(".") for line in lines):
            # "Audits moderated", then "Mark the grade agreed at moderation
            # under the grade columns.": what the form asks, no answer.
            return
        signed = _SIGNED_COMMENT.match(lines[0]) if field_name == "moderator" and lines else None
        if signed is not None and is_a_persons_name(signed.group("name")) and parse_date(signed.group("date")):
            # "Head of Service – read and authorised", then "David Okonjo,
            # 3rd Nov 2026: Read and authorised. A helpful observation …":
            # who moderated, when, and their comment (kept as theirs).
            self._set("moderator", forename_first(signed.group("name")))
            if "moderation_date" in self.labels.kind.fields:
                self._date("moderation_date", signed.group("date"))
            return
        if field_name in _WHOLE and field_name != "moderator_comments":
            self._box_values.add(normalise(" ".join(lines)))
        if field_name in ("child_name", "family_names"):
            # ("Child's name: N/A – group session", "Siblings: none": no one to
            # redact, and the words, "group session", are the form's own.)
            if not says_nothing(" ".join(lines)):
                target = self.personal.child_names if field_name == "child_name" else self.personal.family_names
                target.append("\n".join(lines))
                # "Aaliyah Szymanski, 14/07/2017" under "Child's name and date of birth".
                self.personal.dates_of_birth.extend(match.text for match in find_dates(" ".join(lines))
                                                    if match.value)
        elif field_name == "date_of_birth":
            self.personal.dates_of_birth.append(" ".join(lines))
        elif field_name == "address":
            self.personal.addresses.append("\n".join(lines))
        elif field_name == "actions" and finding.label and _NOTHING.fullmatch(_DECIDED_THAT.sub("", finding.label)):
            # "The panel agreed no actions: the current plan already addresses
            # the issues found.": the label says there are none, and why.
            pass
        elif field_name == "actions":
            # (A question is no action: "Action | Did we do what we said we
            # would, when we said we would? | …", a pillar the family were
            # asked about; nor is a word alone, "Question", the label of the
            # row under "5. Action".)
            self.form.actions.extend(_action_line(strip_bullet(line)) for line in lines
                                     if not says_nothing(strip_bullet(line)) and not _ANSWERED.fullmatch(line.strip())
                                     and not line.rstrip().endswith("?") and len(strip_bullet(line).split()) > 1)
        elif kind == "case_id":
            self._case_id(" ".join(lines))
        elif kind == "grade":
            self._grade(finding, lines)
        elif kind == "yes_no":
            self._yes_no(finding, lines)
        elif kind == "date":
            self._date(field_name, " ".join(lines))
        elif kind == "dates":
            self._dates(field_name, " ".join(lines))
        elif kind == "case_ids" and re.fullmatch(r"\s*\d{1,3}\s*", " ".join(lines)) \
                and self._field_of_type("number"):
            # "Cases audited | 5": how many, where the references might have
            # been listed; the count of the cases sampled.
            self._number(self._field_of_type("number"), " ".join(lines))
        elif kind == "case_ids":
            listed = self._current(field_name) or []
            self._set_list(field_name, [case for case in dict.fromkeys(self._case_ids_in(" ".join(lines)))
                                        if case not in listed])
        elif kind == "number":
            self._number(field_name, " ".join(lines))
        elif field_name == "moderator_comments" and len(lines) == 1 and is_a_persons_name(without_role(lines[0])) \
                and "moderator" in self.labels.kind.fields:
            # "Head of Service moderation | Claire Whitworth": who moderated,
            # their comments in a box of their own.
            if self._current("moderator") is None:
                self._finding(replace(finding, field="moderator"))
        elif kind == "list":
            # ("(1) In 4 of the 5 cases … (2) In 3 of the 5 cases …": points
            # numbered in one line.)
            items = [strip_bullet(item) for line in lines for item in _numbered_in_line(line)]
            if field_name != "moderator_comments":
                # (Where the writer bulleted or numbered their points, or put
                # them a line each, each mark or line opens one: "• Warm
                # communication with the family. Gemma spoke openly …" is one
                # point and what it saw.)
                marked = any(strip_bullet(line) != line.strip() for line in lines) or len(lines) > 1
                items = [point for item in items for point in _parallel_points(item, marked=marked)]
            if field_name == "moderator_comments":
                # (Typed in the moderator's colour, a comment may be read as theirs already.)
                said = {normalise(comment) for comment in self.form.moderator_comments}
                items = [item for item in self._moderated_grade_said(items) if normalise(item) not in said]
            self._set_list(field_name, [item for item in items if item and not says_nothing(item)
                                        and not _ANSWERED.fullmatch(item)])
        elif kind == "short_list":
            text = "\n".join(lines)
            if TICKED in text:
                # "☒ Police ☐ Housing ☒ Health": the items ticked.
                lines = ticked_options(text)
            # ("The following agencies read their own records …: Early Help,
            # Probation and Police": a sentence introducing the list.)
            # ("Key: 1 = Outstanding …" under the list's title: the form's key, no item.)
            lines = [self._named_first(strip_bullet(line)) for line in lines if not self.labels.grades.is_key(line)]
            # ("Early Help - Family support worker", "Probation: Probation
            # officer, Central team": an agency and who spoke for it, by
            # their job; never the agency's own part, "Education – school".)
            # ("Police – Imogen Talbot, DS, Public Protection Unit. Contribution
            # to the plan: met expectations.": the agency, then who spoke for it
            # by name.)
            lines = [head if len(head.split()) <= 8 and (JOB.search(_SHORT_ITEM_SEPARATOR.split(tail)[0]) or (
                         "," not in head and (is_a_persons_name(re.split(r"[,(.]", tail)[0].strip())
                                              or _NAME_THEN_ROLE.match(tail))))
                     else line
                     for line in lines for head, tail in [(_AGENCY_AND_ROLE.split(line, maxsplit=1) + [""])[:2]]]
            lines = [after if len(intro.split()) >= 4 and after.strip() else line
                     for line in lines for intro, _, after in [line.partition(":")]]
            # ("Agencies: read your own records for the last 6 months and
            # bring this workbook to the audit panel.": what the agencies are
            # asked to do, a sentence in lower case, names none of them.)
            lines = [line for line in lines if not _sentence_to_the_reader(strip_bullet(line))
                     and not _about_the_items(strip_bullet(line))]
            items = [item for line in lines for item in _SHORT_ITEM_SEPARATOR.split(strip_bullet(line))]
            # ("Records were read by Craig McAllister (Children's Services);
            # Jodie Tattersall (CAMHS)": each agency by who spoke for it; the
            # agency is the item.)
            items = [said.group("agency") if said and is_a_persons_name(said.group("person")) else item
                     for item in items for said in [_PERSON_FOR_AGENCY.fullmatch(item.strip(" ."))]]
            # (Each agency named once, though each part of the form lists them again.)
            listed = {normalise(item) for item in self._current(field_name) or []}
            self._set_list(field_name, list(dict.fromkeys(
                item.strip(" .") for item in items if item.strip(" .") and not says_nothing(item)
                and normalise(item) not in listed)))
        else:
            while kind == "note" and len(lines) > 1 and lines[0].rstrip().endswith((":", "?")):
                # "In their words, where possible:", "How did the family feel
                # about the move?": the prompt printed over the answer.
                lines = lines[1:]
            if kind == "note" and field_name in _FAMILYS_WORDS and len(lines) > 1 and _HOW_HEARD.match(lines[0]) \
                    and len(lines[0].split()) <= 12 and not _SAID.search(lines[0]):
                # "Spoken to: parent, at the review meeting.", then what they
                # said: how the family were heard from, not their words.
                lines = lines[1:]
            if kind == "note" and field_name in _FAMILYS_WORDS and len(lines) > 1 and _ASKS_THE_AUDITOR.match(lines[0]) \
                    and len(lines[0].split()) <= 15 and not _SAID.search(lines[0]):
                # "In their words where possible.", "Ask about everyday
                # routines too – bedtime, mealtimes, getting to school.": the
                # form's guidance over the box, then what the family said.
                lines = lines[1:]
            value = lines[0] if kind == "text" else " ".join(lines)
            ticked = ticked_options(" ".join(lines)) if kind == "text" else []
            if len(ticked) == 1:
                value = ticked[0]  # "☐ Step up  ☒ Step down": the option ticked
            kept = (_not_struck(finding.paragraphs) or _picked_option(finding.paragraphs)) \
                if kind == "text" and len(ticked) != 1 else None
            if kept:
                # "Step up to Children's Social Care / Step down to Early Help",
                # one struck through; "Home visit / Phone call / Teams call",
                # one highlighted.
                value = kept
            if kind == "note" and self._bare_answer(value):
                return  # "Family's voice captured? | YES": the answer to a question, not the note
            if field_name in _FAMILYS_WORDS and (len(re.findall(r"[^\W\d_]+", value)) < 3 or _SCALE_KEY.match(value)):
                # "Family says | Mostly": their answer on a scale, not their
                # words; nor is the key to the scale ("Key: 1 = Not at all …").
                return
            if kind == "note":
                value = _QUOTED.sub(r"\1", value)  # the family's own words in quotation marks: the words
            if field_name == "direction" and not _DIRECTION.search(value):
                return  # "Step Up / Step Down Transfer Quality Assurance Tool": the title, no direction
            stated = SPACED_DASH.split(value, maxsplit=1) if field_name == "direction" else []
            if len(stated) == 2 and _STEP.fullmatch(stated[0].strip()):
                # "Step down to Early Help – agreed on 11-Sep-2026 by the Team
                # Manager.": the step, then when it was agreed.
                value = stated[0].strip()
                agreed = _TOOK_EFFECT.search(stated[1])
                if agreed is not None and "transfer_date" in self.labels.kind.fields:
                    self._date("transfer_date", agreed.group("date"))
            if field_name in _PEOPLE_FIELDS:
                parts = [part.strip() for part in re.split(r",\s*", without_role(value))]
                if field_name == "auditor" and self.labels.kind.moderates_cases and len(parts) > 2:
                    # "From: David Okonjo, Service Manager (on behalf of Head of
                    # Service), Children in Care": the author, their service.
                    self._signed(parts, None)
                    if self._current("auditor") is not None:
                        return
                if _instruction(value):
                    return  # "Auditor: complete in black ink", guidance printed on the form
                if only_a_date(value):
                    return  # "Auditor | | 15/10/2026": the date signed, the name left blank
                team = BRACKETED_TEAM.search(value) if field_name == "practitioner" else None
                if team is not None and team.start() > 0:
                    # "Kirsty Duckworth (Early Help Team North)": the
                    # practitioner, and the team they work in.
                    # (Read last: a box of the team's own decides.)
                    self._team_beside = self._team_beside or (team.group("team") or team.group("dashed")).strip()
                    value = value[:team.start()]
                value = forename_first(without_role(value))
            self._set(field_name, value)

    def _bare_answer(self, value: str) -> bool:
        """Whether a box holds only a yes, a no, an N/A, a mark or a number
        ("4.3", a question's)."""
        yes, no = self.labels.answer_words
        folded = normalise(value)
        return folded in yes | no | {"n a", "na", "not applicable"} \
            or (self.labels.marked_beside(value) and len(folded.split()) <= 1) \
            or re.fullmatch(r"\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s*", value) is not None

    # Setting values -----------------------------------------------------

    def _set(self, field_name: str, value: object) -> None:
        """Set a scalar field unless an earlier place on the form set it.
        Fields the contract does not name go to `extra`."""
        if field_name not in _MODEL_FIELDS:
            self.form.extra.setdefault(field_name, value)
        elif getattr(self.form, field_name) in (None, False):
            setattr(self.form, field_name, value)

    def _current(self, field_name: str) -> object:
        if field_name not in _MODEL_FIELDS:
            return self.form.extra.get(field_name)
        return getattr(self.form, field_name)

    def _set_list(self, field_name: str, items: list[str]) -> None:
        if field_name not in _MODEL_FIELDS:
            self.form.extra.setdefault(field_name, []).extend(items)
        else:
            getattr(self.form, field_name).extend(items)

    def _case_id(self, text: str) -> None:
        if self.form.case_id is not None:
            return
        dates = [(match.start, match.end) for match in find_dates(text)]
        for match in self.labels.definitions.case_id_pattern.finditer(text):
            value = match.groupdict().get("id") or match.group(0)
            if not re.search(r"\d", value) or any(start < match.end() and match.start() < end for start, end in dates):
                continue
            self.form.case_id = value.strip()
            rest = (text[: match.start()] + " " + text[match.end() :]).strip()
            # "1234567 Tyler Smith": the ID is kept, the name only redacted.
            # Names are capitalised; "see file" beside the number is not one.
            words = [word for word in re.findall(r"[A-Za-z][A-Za-z'\u2019-]+", rest) if word.casefold() not in _ID_WORDS]
            if words and all(word[0].isupper() for word in words):
                self.personal.child_names.append(" ".join(words))
            return

    def _case_ids_in(self, text: str) -> list[str]:
        """Every case ID in `text`, once each, in order; never part of a date."""
        dates = [(match.start, match.end) for match in find_dates(text)]
        found: list[str] = []
        for match in self.labels.definitions.case_id_pattern.finditer(text):
            value = (match.groupdict().get("id") or match.group(0)).strip()
            overlaps = any(start < match.end() and match.start() < end for start, end in dates)
            if re.search(r"\d", value) and not overlaps and value not in found:
                found.append(value)
        return found

    def _field_of_type(self, kind: str) -> str | None:
        """The kind's first field of type `kind` ("case_ids": a thematic
        audit's cases sampled; "number": how many)."""
        return next((key for key, field in self.labels.kind.fields.items() if field.type == kind), None)

    def sample(self, document: Document) -> None:
        """A thematic audit's sample: where no box lists the cases, the case
        references written anywhere on the form (a thematic audit has no
        case of its own; two at least, each a reference rather than a
        year); and where no box gives their number, how many it lists."""
        listed, counted = self._field_of_type("case_ids"), self._field_of_type("number")
        if listed is None:
            return
        tabled = self._sample_tabled
        if not self._current(listed) or tabled and self._current(listed) == tabled:
            found: list[str] = []
            for paragraph in document.paragraphs():
                found += [value for value in self._case_ids_in(paragraph.text) if value not in found
                          and (len(re.sub(r"\D", "", value)) >= 5 or not value.isdigit())]
            # (Where a table of some of the cases gave the sample, the line
            # listing them all with the rest is the sample: "Children
            # (references): LCS5951314; LCS7281740; …" over the table of the
            # families spoken to.)
            if len(found) >= 2 and (not tabled or set(tabled) < set(found)):
                self.form.extra.pop(listed, None)
                self._set_list(listed, found)
        sampled = self._current(listed) or []
        if counted and sampled and self._current(counted) is None:
            self._set(counted, len(sampled))
        if len(sampled) >= 2 and self.form.case_id in sampled:
            # "Case 1: C2045187" is one of the cases sampled, not the audit's own.
            self.form.case_id = None

    def lead_by_role(self, document: Document) -> None:
        """Where no box names the auditor, the one person the form names as
        its lead auditor by role, in a list of the panel: "Children's Social
        Care | Sarah Hollins – lead auditor | Yes"."""
        if self.form.auditor is not None or "auditor" not in self.labels.kind.fields:
            return
        named = {found.group("name") for paragraph in document.paragraphs()
                 for found in [_LEAD_BY_ROLE.fullmatch(paragraph.text.strip())] if found}
        if len(named) == 1:
            self._set("auditor", named.pop())

    def step_stated(self, document: Document) -> None:
        """Where no box gives the step, the one step the form's first part
        states: "➡ Step up to Children's Social Care" in a "From | The move
        | To" table, or the one of "Step up to … / Step down to …" left
        when the other is struck through or unticked, or picked out in bold
        in a sentence ("This audit looks at the following decision: **Step
        down to Early Help**, which took effect on 10th Sep 2026"), the
        date it took effect with it. Two steps left standing are no answer:
        the sender is asked, never guessed for."""
        if self._current("direction") is not None or "direction" not in self.labels.kind.fields:
            return
        stated: dict[str, str] = {}
        for paragraph in [paragraph for paragraph in document.paragraphs() if paragraph.text.strip()][:_STEP_LINES]:
            text = "".join(run.text for run in paragraph.runs if not run.strike)
            if UNTICKED in text:
                text = "  ".join(ticked_options(text) or [])
            segments = [tidy(segment).strip(" .:") for segment in _STEP_SEGMENTS.split(text)]
            if not any(_STEP.fullmatch(segment) for segment in segments) and not paragraph.bold:
                segments = [tidy(run.text).strip(" .:,") for run in paragraph.runs if run.bold and not run.strike]
            stated.update((segment, text) for segment in segments if _STEP.fullmatch(segment))
        if len({normalise(step) for step in stated}) == 1:
            step, said = stated.popitem()
            self._set("direction", step)
            took_effect = _TOOK_EFFECT.search(said)
            if took_effect is not None and "transfer_date" in self.labels.kind.fields:
                self._date("transfer_date", took_effect.group("date"))

    def overview(self, document: Document) -> None:
        """What an overview written as a note says in its sentences and its
        signature rather than in boxes (2018 framework: the Head of
        Service's overview of the month's moderated audits):

        - its month: the one month and year, without a day, that its
          opening lines name ("Re: Moderation of October 2026 audits");
        - how many audits it moderated ("(6 audits moderated)", "I
          moderated 4 of the audits completed in October 2026.");
        - its author, their service and the date, from "Prepared by Mark
          Ellison, Head of Service, Early Help, on 9th of November 2026."
          or from the signature at its foot: a name, then "Head of
          Service, Children in Care", then the date.
        """
        if not self.labels.kind.moderates_cases:
            return
        body = [block.text.strip() for block in document.blocks if isinstance(block, Paragraph) and block.text.strip()]
        opening = []
        for block in document.blocks:
            if not isinstance(block, Paragraph):
                break
            if block.text.strip():
                opening.append(block.text.strip())
        opening = opening[:_OPENING_LINES]
        said = "\n".join(opening)
        counted = self._current("audits_moderated") if "audits_moderated" in self.labels.kind.fields else None
        # (Or the month the audits counted were completed in: "How many audits
        # were moderated? 5 of the 17 audits completed in October 2026".)
        for text, dated in ((said, True), (counted if isinstance(counted, str) else "", False)):
            month = _one_month(text, dated) if "period" in self.labels.kind.fields \
                and self._current("period") is None else None
            if month:
                self._set("period", month)
        if "audits_moderated" in self.labels.kind.fields and self._current("audits_moderated") is None:
            counts = {found.group("count") or found.group("also") for found in _COUNTED.finditer(said)}
            if len(counts) == 1:
                self._set("audits_moderated", counts.pop())
        addressed = [found.group("service") for text in opening for found in [_TO_ITS_LEADERS.match(text)] if found]
        if addressed and "service" in self.labels.kind.fields and self._current("service") is None:
            # "To: Children in Care leadership team; QA team": a note to its
            # own service's leaders.
            self._set("service", addressed[0].strip())
        for text in opening:
            prepared = _PREPARED_BY.match(text)
            if prepared:
                self._signed([part for part in re.split(r",\s*", prepared.group("who")) if part],
                             prepared.group("when"))
                break
        else:
            signed = signature_at(body)
            if signed is not None:
                # (The name, then the role and service; the date under them, if any.)
                when = body[signed + 2] if signed + 2 < len(body) and only_a_date(body[signed + 2]) else None
                self._signed([body[signed], *re.split(r",\s*|\s[-\u2013]\s", body[signed + 1])], when)

    def _signed(self, parts: list[str], when: str | None) -> None:
        """The author of an overview (`parts`: a name, a role, perhaps the
        role's service), and the date written with it."""
        name, *rest = [part.strip() for part in parts]
        if not signature_name(name) or not rest or not is_role(rest[0]):
            return
        self._set("auditor", name)
        # ("Head of Service, Early Help": the service whose head they are; a
        # second job title is none.)
        if len(rest) > 1 and rest[1] and not names_a_job(rest[1]) and "service" in self.labels.kind.fields:
            self._set("service", rest[1])
        found = parse_date(when) if when else None
        if found and found.value:
            self._set("date", found.value)

    def _number(self, field_name: str, text: str) -> None:
        """A count: the number written, or how many case IDs the box lists
        (the IDs then also fill the kind's case_ids field, if it is empty)."""
        if self._current(field_name) is not None or not text:
            return
        case_ids = self._case_ids_in(text)
        if case_ids:
            self._set(field_name, len(case_ids))
            listed = self._field_of_type("case_ids")
            if listed and not self._current(listed):
                self._set_list(listed, case_ids)
            return
        spans = [(match.start, match.end) for match in find_dates(text)]
        for match in re.finditer(r"(?<![\d.])\d{1,6}(?![\d.])", text):
            if not any(start < match.end() and match.start() < end for start, end in spans):
                self._set(field_name, int(match.group(0)))
                return
        for word in re.findall(r"[a-z]+", text.casefold()):
            if word in _NUMBER_WORDS:
                self._set(field_name, _NUMBER_WORDS[word])
                return
        self.form.warnings.append(
            f"The {self.labels.kind.fields[field_name].name} could not be read as a number; please write it in figures, like 12."
        )

    def _dates(self, field_name: str, text: str) -> None:
        found = find_dates(text)
        real = [match.value.isoformat() for match in found if match.value]
        if real:
            self._set_list(field_name, [value for value in dict.fromkeys(real) if value not in (self._current(field_name) or [])])
        unreal = [match.text for match in found if not match.value]
        if unreal:
            self.form.warnings.append(
                f"The date '{unreal[0]}' is not a real date, so it was not used. Please check the {self.labels.kind.fields[field_name].name}."
            )
        elif not found and text:
            self.form.warnings.append(
                f"The {self.labels.kind.fields[field_name].name} could not be read as dates; please write them like 03/11/2026."
            )

    def _grade(self, finding: Finding, lines: list[str]) -> None:
        field_name = finding.field
        if self._current(field_name) is not None:
            return
        if finding.decided is not None:
            self._set(field_name, finding.decided)
            return
        reading = self._read_grade(finding.paragraphs, lines)
        if reading.value:
            self._set(field_name, reading.value)
        elif reading.problem:
            self._grade_problems.setdefault(field_name, reading.problem)
        if field_name == "grade":
            # A judgement typed beside the auditor's in the moderator's colour.
            coloured = " ".join(run.text for paragraph in finding.paragraphs for run in paragraph.runs if run.moderator)
            moderated = self.labels.grades.read(labelled_grade(coloured.strip(), self.labels) or coloured)
            if moderated.value and self.form.moderated_grade is None:
                self.form.moderated_grade = moderated.value

    def _yes_no(self, finding: Finding, lines: list[str]) -> None:
        definitions = self.labels.definitions
        self.urgent_asked = self.urgent_asked or finding.field == "urgent_concern"
        if isinstance(finding.decided, bool):
            # Marked in a Yes or a No column.
            if finding.field != "urgent_concern":
                self._set(finding.field, finding.decided)
            elif finding.decided:
                self.form.urgent_concern = True
            return
        while len(lines) > 1 and lines[0].rstrip().endswith("?") and not any(box in lines[0] for box in BOXES):
            # "Part G – Immediate safeguarding concerns", then the question
            # the form asks under it, then the answer: the answer.
            lines = lines[1:]
        choice = _choice_lines(lines)
        reading, detail = read_yes_no(" ".join(choice), definitions.yes_words, definitions.no_words)
        if reading.problem == NONE_CHOSEN:
            # "Yes / No" with the answer highlighted or alone in bold.
            marked = emphasised([run for paragraph in finding.paragraphs for run in paragraph.runs
                                 if run.text.strip()])
            if marked.strip():
                chosen, _ = read_yes_no(marked, definitions.yes_words, definitions.no_words)
                reading = chosen if chosen.value is not None else reading
        rest = lines[len(choice) :]
        if finding.field != "urgent_concern" and reading.value is None and only_a_date(" ".join(choice)):
            # "Date of reflective discussion | 27/10/2026": it was held.
            reading = Reading(True)
        if finding.field != "urgent_concern":
            if reading.value is not None:
                self._set(finding.field, reading.value)
            return
        if reading.value is None and not reading.problem:
            return
        if reading.value is False:
            return
        if reading.value is None:
            if reading.problem in (NONE_CHOSEN,):
                return
            self.form.warnings.append(
                "The urgent concern answer is not a clear Yes or No, so it was treated as a concern. "
                "Please check the form and tell the Head of Service if there is no concern."
            )
        self.form.urgent_concern = True
        detail = " ".join(part for part in (detail, *rest) if part)
        if detail and not self.form.urgent_concern_detail:
            self.form.urgent_concern_detail = detail

    def _named_first(self, line: str) -> str:
        """A list's line that names its item, then who spoke for it or what
        it brought: "Children's Social Care: Tom Hargreaves, Allocated social
        worker", "Police: Attended core groups and shared information
        promptly". The item is the name (never a label's own words:
        "Agencies: Police, Health")."""
        name, colon, said = line.partition(":")
        said = said.strip()
        if not colon or not said or not 1 <= len(name.split()) <= 6 or not name.strip()[:1].isupper() \
                or self.labels.field(name) or self.labels.meant(name):
            return line
        person = re.split(r"\s*[,(]", said, maxsplit=1)[0]
        return name.strip() if is_a_persons_name(person) or len(said.split()) >= 4 else line

    def _date(self, field_name: str, text: str) -> None:
        if self._current(field_name) is not None:
            return
        found = parse_date(text)
        if found and found.value:
            self._set(field_name, found.value if field_name == "date" else found.value.isoformat())
        elif found:
            self.form.warnings.append(
                f"The date '{found.text}' is not a real date, so it was not used. Please check the {self.labels.kind.fields[field_name].name}."
            )
        elif text:
            self.form.warnings.append(
                f"The {self.labels.kind.fields[field_name].name} could not be read as a date; please write it like 03/11/2026."
            )

    def _own_score(self, text: str) -> bool:
        """Whether an area's grade cell holds a bare score on a scale whose
        key the form prints and which is not the four grades ("1 = not
        seen, 3 = seen some of the time, 5 = seen throughout", then "4"): a
        score, not a grade left unchosen."""
        grades = self.labels.grades
        return grades.other_scale and not grades.key and re.fullmatch(r"\s*\d{1,2}(?:\s*/\s*\d{1,2})?\s*", text) is not None

    def _read_grade(self, paragraphs: list[Paragraph], lines: list[str]) -> Reading:
        """A grade from ticked boxes, else from the whole text; where the text
        lists every grade, the one option highlighted or alone in bold."""
        grades = self.labels.grades
        struck = " ".join(run.text for paragraph in paragraphs for run in paragraph.runs if run.strike)
        if struck.strip() and (grades.grades_in(struck) or grades.read(struck).value):
            # "~~Outstanding~~ GOOD", "~~2~~ 1": the grade struck through, the
            # one left standing (typed in after it, or among the options) chosen.
            kept = grades.read(" ".join(run.text for paragraph in paragraphs for run in paragraph.runs
                                        if not run.strike))
            if kept.value:
                return kept
            # ("~~O~~ / G / ~~RI~~ / ~~I~~", then "Agree – analysis is clear."
            # under it: the initial left standing among the options struck.)
            options = [paragraph for paragraph in paragraphs if any(run.strike for run in paragraph.runs)]
            standing = [token for paragraph in options for run in paragraph.runs if not run.strike
                        for token in re.split(r"[\s/|,]+", run.text) if token]
            if len(standing) == 1 and grades.initial(standing[0]):
                return Reading(grades.initial(standing[0]))
        choice = _choice_lines(lines)
        beside = [grade for line in lines for grade in [grades.heads_column(line.replace(TICKED, " "))]
                  if grade and self.labels.marked_beside(line)]
        if len(beside) == 1 and len(lines) > 1:
            return Reading(beside[0])  # the grades one to a line, a mark beside one: "Outstanding  X"
        if any(box in line for line in choice for box in BOXES):
            return grades.read(" ".join(choice))
        if grades.initials_listed(" ".join(lines)):
            # "O  G  RI  I" with the one chosen highlighted or alone in bold.
            marked = emphasised([run for paragraph in paragraphs for run in paragraph.runs
                                 if run.text.strip() and not run.moderator])
            chosen = {grades.initial(token) for token in marked.split()} - {None}
            return Reading(chosen.pop()) if len(chosen) == 1 else Reading(None, NONE_CHOSEN)
        reading = grades.read(" ".join(lines))
        if reading.problem == NONE_CHOSEN:
            marked = emphasised([run for paragraph in paragraphs for run in paragraph.runs
                                  if run.text.strip() and not run.moderator])
            found = set(grades.grades_in(marked))
            if len(found) == 1:
                return Reading(found.pop())
            if not found and marked.strip():
                by_key = grades.read(marked)  # "Grade 2" marked on the form's own scale
                if by_key.value:
                    return by_key
        concluded = _CONCLUDED.search(lines[0]) if reading.value is None and len(lines) == 1 else None
        if concluded and grades.is_written_grade(concluded.group("grade")):
            # "Taking the five areas together, I evaluate the Child's Plan
            # overall as Req. improvement.": the sentence ends on its grade.
            return grades.read(concluded.group("grade"))
        return reading

    # Tables and moderation ----------------------------------------------

    def _sections(self, extraction: Extraction) -> None:
        definitions = self.labels.definitions
        unanswered: list[str] = []
        comments: dict[str, str] = {}
        moderated: dict[str, str] = {}
        for section in extraction.sections:
            name = definitions.canonical_section(section.name) or _area_name(section.name)
            name = _area_numbered(name, extraction.numbered) or name
            if not name or name in self.form.section_grades or _SUM.fullmatch(normalise(name)):
                continue
            grade = section.decided
            written = _lines(section.grade, False, self.labels)
            if grade is None and section.problem is None:
                # ("Good balance of support and challenge is evident.", then
                # "Rating: Outstanding": the grade its label gives, not a word
                # the evidence opens with.)
                stated = {reading for line in written for head, colon, tail in [line.partition(":")]
                          if colon and (self.labels.is_section_grade_label(head)
                                        or normalise(head) in ("grade", "rating", "judgement", "judgment", "score"))
                          for reading in [self.labels.grades.read(tail.strip()).value] if reading}
                grade = stated.pop() if len(stated) == 1 else self._read_grade(section.grade, written).value
                coloured = " ".join(run.text for paragraph in section.grade for run in paragraph.runs if run.moderator)
                moderated_reading = self.labels.grades.read(labelled_grade(coloured.strip(), self.labels) or coloured)
                if moderated_reading.value:
                    moderated[name] = moderated_reading.value
            if _OVERALL_AREA.fullmatch(normalise(name)):
                # "Overall" closing a row of the areas' grades: the form's
                # own grade where no box gave it, never an area.
                if grade and self.form.grade is None:
                    self.form.grade = grade
                continue
            if grade:
                self.form.section_grades[name] = grade
            elif section.problem == SEVERAL_CHOSEN:
                unanswered.append(name)
            elif section.problem or (written and not self._own_score(" ".join(written))):
                unanswered.append(name)
            comment = " ".join(_lines(section.comment, False, self.labels))
            if comment:
                comments.setdefault(name, comment)
        if unanswered:
            self.form.warnings.append(f"No single grade is chosen for: {', '.join(unanswered)}.")
        if comments:
            self.form.extra["section_comments"] = comments
        if moderated:
            self.form.extra["moderated_section_grades"] = moderated

    def _actions(self, extraction: Extraction) -> None:
        for row in extraction.actions:
            # An action a moderator adds is still an action: read rows whole.
            action = " ".join(strip_bullet(line) for line in _lines(row.action, True, self.labels))
            owner = " ".join(_lines(row.owner, True, self.labels)) or None
            due_text = " ".join(_lines(row.due, True, self.labels))
            found = parse_date(due_text) if due_text else None
            due = found.value if found else None
            if says_nothing(action):
                continue  # "No further actions required": a row saying there are none
            if owner is None and not due_text:
                # "Action 1: Update the chronology. Who: Ryan Birtwistle. By:
                # Friday 11 December 2026.": who and when said in the line.
                said = _action_line(action)
                action, owner, due = said.action, said.owner, said.due
            if due_text and due is None:
                # "2 weeks", "Immediately": a timescale, not a date. Kept with
                # the action so nothing the auditor wrote is lost.
                action = f"{action} (timescale: {due_text})"
            if action:
                self.form.actions.append(Action(action, owner, due))
        # An area's recommendation that the action plan repeats with who and
        # when is one action, not two.
        planned = {normalise(action.action) for action in self.form.actions if action.due or action.owner}
        self.form.actions = [action for action in self.form.actions
                             if action.due or action.owner or normalise(action.action) not in planned]

    def _cases(self, extraction: Extraction) -> None:
        """A table of cases (an overview's): each case's moderated grade,
        from the column headed as the moderated one, else the last grade
        column, in `extra["moderated_cases"]`; cases listed without a
        readable grade in `extra["cases_listed"]` too. A thematic audit's
        table of the cases it looked at is its sample instead (`sample`
        counts them)."""
        rows = [(found[0], row) for row in extraction.cases
                for found in [self._case_ids_in(" ".join(_lines(row.case_id, True, self.labels)))] if found]
        listed = [case for case, _ in rows]
        sampled = self._field_of_type("case_ids")
        if sampled and listed:
            if not self._current(sampled):
                # (A case in two tables, its findings and then the family's
                # words, is one case of the sample.)
                self._sample_tabled = list(dict.fromkeys(listed))
                self._set_list(sampled, self._sample_tabled)
            return
        moderated: dict[str, str] = {}
        by_moderator: set[str] = set()
        for case, row in rows:
            columns = row.grades.get("moderated_grade") or next(reversed(row.grades.values()), [])
            grade = self._read_grade(columns, _lines(columns, True, self.labels)).value
            # (Or after the word of disagreeing: "Not agreed – moderated to R.I.")
            moved = _MOVED.search(" ".join(paragraph.text for paragraph in columns))
            if grade is None and moved:
                # "Changed to O", "Downgraded to I": the grade it moved to.
                grade = self.labels.grades.read(moved.group("grade").strip(" .")).value
            auditors = row.grades.get("grade", [])
            # (Or said in the moderated grade's own column: "Moderation
            # outcome | Agreed with auditor".)
            agreed = self._agrees(row.agreed)
            if agreed is None and columns is not auditors:
                agreed = self._agrees(columns)
            if agreed is None and grade is None:
                # Nothing said in the agreement and grade columns, and the
                # remark opening "No change.", "Grade stands.", "Agree.":
                # agreed, the auditor's grade stands.
                agreed = self._agreed_in_remark(row.remarks)
            if grade is None and auditors is not columns and agreed:
                # "Audit grade | Agree? | Grade after moderation" as "Good | Y |
                # (blank)": the moderator agreed, so the auditor's grade stands
                # (2018 framework: the moderator's judgement stands).
                grade = self._read_grade(auditors, _lines(auditors, True, self.labels)).value
            elif columns is auditors and agreed is False:
                grade = None  # "not agreed", and no grade of the moderator's: asked, not guessed
            if grade and (case not in moderated or ("moderated_grade" in row.grades and case not in by_moderator)):
                # (A case listed with its auditor's grade, then again in the
                # moderation's own table: the moderator's grade stands.)
                moderated[case] = grade
                if "moderated_grade" in row.grades:
                    by_moderator.add(case)
        if listed:
            self.form.extra["cases_listed"] = listed
        if moderated:
            self.form.extra["moderated_cases"] = moderated
        unread = [case for case in dict.fromkeys(listed) if case not in moderated]
        if moderated and unread:
            # A case listed with its grade unclear, or "not agreed" with no
            # grade of the moderator's: asked about, never guessed.
            self.form.warnings.append(
                f"The overview lists {_some_cases(unread)} without a grade after moderation that the bot could read, "
                "so their grades are unchanged. Please reply with the grade for each.")

    def _agrees(self, paragraphs: list[Paragraph]) -> bool | None:
        """Whether a case's "Agree?" cell says the moderator agreed."""
        return self.labels.agreement(" ".join(paragraph.text for paragraph in paragraphs))

    def _agreed_in_remark(self, paragraphs: list[Paragraph]) -> bool | None:
        """True where the moderator's remark on a case opens by agreeing in
        a few words ("No change.", "Grade stands.", "Agree – balanced
        audit."); None for any other remark, which says nothing for sure."""
        opening = re.split(r"[.;:\u2013\u2014]|\s-\s", " ".join(paragraph.text for paragraph in paragraphs).strip())[0]
        # ("**Agreed** Evidence supports the grade.": the word set apart in bold.)
        first = next((run for paragraph in paragraphs for run in paragraph.runs if run.text.strip()), None)
        openings = [opening, first.text.strip(" .;:")] if first is not None and first.bold else [opening]
        return True if any(len(said.split()) <= 3 and self.labels.agreement(said) for said in openings) else None

    def _moderated_grade_said(self, comments: list[str]) -> list[str]:
        """The moderator's comments less a line giving their grade
        ("Moderated grade: GOOD" over "I agree with the auditor's
        findings"), which is their moderated grade."""
        said = [(comment, labelled_grade(comment, self.labels)) for comment in comments]
        graded = [grade for _, grade in said if grade]
        if graded and self._current("moderated_grade") is None:
            self._set("moderated_grade", self.labels.grades.read(graded[-1]).value)
        stated = [found[1] for comment in comments for found in [self.labels.stated_grade(comment)]
                  if found and found[0] == "moderated"]
        if stated and self._current("moderated_grade") is None:
            # "I agree with the grade of inadequate.": the moderator's grade, in a sentence kept as a comment.
            self._set("moderated_grade", stated[-1])
        return [comment for comment, grade in said if not grade]

    def _moderation(self, moderation: Moderation) -> None:
        labelled = [normalise(comment) for comment in self.form.moderator_comments]
        for comment in moderation.comments:
            folded = normalise(comment)
            if folded in self._box_values or says_nothing(comment) or is_role(comment):
                continue  # (a job title in the moderator's colour is theirs, not a comment: "Head of Early Help")
            if not any(folded in other or other in folded for other in labelled if other):
                self.form.moderator_comments.append(comment)
        if self.form.moderated_grade is None and moderation.grades and not self._grade_in_colour:
            # "concluding with their moderated judgement": the last one stands.
            self.form.moderated_grade = self.labels.grades.read(moderation.grades[-1]).value

    def _agreed(self, extraction: Extraction) -> None:
        """"Do you agree with the overall judgement? | Yes" with no grade of
        the moderator's own: the Head of Service's judgement is the
        auditor's (2018 framework: the moderator concludes with the
        moderated judgement; agreeing concludes with the same one)."""
        if extraction.agreed and self.form.moderated_grade is None and self.form.grade \
                and "moderated_grade" in self.labels.kind.fields:
            self.form.moderated_grade = self.form.grade


# An overview's opening lines, before its first table.
_OPENING_LINES = 8
# A month and its year with no day: "October 2026", "Oct 2026".
_MONTH_AND_YEAR = re.compile(r"(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november"
                             r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?:19|20)\d\d\b")
# "(6 audits moderated)", "I moderated 4 of the audits completed in …",
# "7 cases were moderated".
_COUNTED = re.compile(r"(?i)\b(?P<count>\d{1,3})\s+(?:case\s+)?(?:file\s+)?(?:audits|cases)\s+(?:were\s+)?moderated\b"
                      r"|\bmoderated\s+(?P<also>\d{1,3})\s+(?:of\s+the\s+|case\s+)?(?:audits|cases)\b")
# "Sarah Hollins – lead auditor", "Sarah Hollins (lead auditor)"
_LEAD_BY_ROLE = re.compile(r"(?P<name>[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+){1,3})\s*(?:[-\u2013\u2014,]\s*|\()"
                           r"(?i:lead auditor|audit lead|lead reviewer)\)?")
# "To: Early Help leadership team; QA team"
_TO_ITS_LEADERS = re.compile(r"(?i)to\s*:\s*(?P<service>[A-Z][^;,\n]{2,60}?)\s+(?:senior\s+)?(?:leadership|management)"
                             r"\s+team\b")
# "Prepared by Mark Ellison, Head of Service, Early Help, on 9th of November 2026."
_PREPARED_BY = re.compile(r"(?i)(?:prepared|written|compiled|completed)\s+by\s+(?P<who>[^.]+?),?\s+on\s+"
                          r"(?P<when>[^.]*\d[^.]*?(?:\.\d\d?)*)(?:\.\s|\.?$)")


# The boxes for what the family said, and a line saying how they were
# heard from: "Spoken to: parent, at the review meeting.", "Parent spoken
# to by phone after the handover.", "Family contacted by the auditor after
# the TAF meeting.", "How did you hear from the family? Phone call with the
# parent."
_FAMILYS_WORDS = frozenset({"family_voice", "family_view"})
_SCALE_KEY = re.compile(r"(?i)\s*key\s*[:\-\u2013]?\s*\d\s*=")
# Guidance to the auditor printed under the family's box: an instruction,
# or how to write it ("In their own words, where possible.").
_ASKS_THE_AUDITOR = re.compile(r"(?i)\s*(?:(?:ask|use|write|record|quote|include|capture|note|try|think\s+about|consider"
                               r"|describe|summarise|summarize)\b|in\s+(?:their|the\s+family['\u2019]s|your)\s+(?:own\s+)?words\b"
                               r"|(?:where|if)\s+possible\b)")
_SAID = re.compile(r"(?i)\b(?:said|says|told|tells|feel|feels|felt|thinks?|thought|wants?|wanted)\b")
_HOW_HEARD = re.compile(r"(?i)\s*(?:spoken\s+to\s*:|how\s+did\s+(?:you|we)\s+(?:hear|speak|talk)\b"
                        r"|(?:the\s+)?(?:parents?|family|mum|dad|carers?|child)\s+(?:was\s+|were\s+)?"
                        r"(?:spoken\s+to|contacted|seen|visited|phoned|rung)\b)")


def _not_struck(paragraphs: list[Paragraph]) -> str | None:
    """The option left standing where the others are struck through
    ("delete as appropriate"), or None where nothing is struck."""
    runs = [run for paragraph in paragraphs for run in paragraph.runs]
    if not any(run.strike and run.text.strip() for run in runs):
        return None
    # (The options' slashes stay when the options go: "~~Home visit~~ / ~~Phone~~ / Visit at the hub".)
    kept = [part.strip() for part in re.split(r"(?:^|\s+)/(?:\s*/)*(?:\s+|$)|\s*\|\s*|\n",
                                              "".join(run.text for run in runs if not run.strike)) if part.strip()]
    return kept[0] if len(kept) == 1 else None


def _picked_option(paragraphs: list[Paragraph]) -> str | None:
    """Of options set apart by " / " (or by spaces: "Home visit   Phone
    call   Video call"), the one highlighted, or alone in bold; None where
    no one option is picked out."""
    options = [[run for run in option if run.text.strip()]
               for option in split_runs([run for paragraph in paragraphs for run in paragraph.runs], _OPTION_SLASH)]
    options = [option for option in options if option]
    if len(options) < 2:
        return None
    for marked in (lambda run: bool(run.highlight), lambda run: run.bold):
        chosen = [option for option in options if all(marked(run) for run in option)]
        if len(chosen) == 1:
            return "".join(run.text for run in chosen[0]).strip()
    return None


_OPTION_SLASH = re.compile(r"\s+/\s+|\s*\t\s*| {3,}")


# Fields that hold a person's name, written perhaps with a job title after it.
_PEOPLE_FIELDS = frozenset({"auditor", "practitioner", "moderator", "supervisor", "supervisee", "observer"})


# An overview's outcome saying where the moderator moved a case's grade.
_MOVED = re.compile(r"(?i)(?:^|(?<=[-\u2013\u2014;,.]\s))\s*(?:grade\s+)?(?:changed|moved|revised|regraded|raised|lowered|"
                    r"downgraded|upgraded|amended|moderated)"
                    r"\s*(?:to\b|:)\s*(?P<grade>(?:[^.;,]|\.(?=[A-Za-z])){1,40})")


def _area_name(text: str) -> str:
    """An area's name as written, on one line; the prompt printed under it
    in the same cell ("Hearing the child" over "Has the child been seen and
    heard …?", or guidance in sentences) is not part of its name."""
    lines = tidy(text).split("\n")
    while len(lines) > 1 and ("?" in lines[-1] or lines[-1].startswith("(")
                              or (lines[-1].endswith(".") and len(lines[-1].split()) > 6)):
        lines.pop()
    return " ".join(lines).rstrip(" :")


def _area_numbered(name: str, numbered: list[str]) -> str | None:
    """The area a grade's label names by its number ("Grade for KLOE 1"):
    the form's line numbered so ("KLOE 1: Child's lived experience"), or
    None."""
    said = GRADE_FOR_NUMBER.fullmatch(re.sub(r"\s*\([^()]*\)", "", name).strip())
    if said is None:
        return None
    number = normalise(said.group("number"))
    titled = [line for line in numbered if re.match(rf"{re.escape(number)}\b(?!\.\d)", normalise(line))
              and normalise(line) != normalise(name)]
    return titled[0] if len(titled) == 1 else None


def _some_cases(cases: list[str]) -> str:
    shown = ", ".join(cases[:5]) + (f" and {len(cases) - 5} more" if len(cases) > 5 else "")
    return f"case {shown}" if len(cases) == 1 else f"cases {shown}"


def _moderation_is_the_authors(extraction: Extraction) -> None:
    """On a form that is itself the moderation (a Head of Service's
    overview of the audits they moderated), "Moderated by" names its author
    and "Date moderated" its date. Named so, the moderator is its author
    over anyone labelled an auditor there ("Auditor (TM): Andrew Booth"
    heading a sheet of the audits one manager completed)."""
    if any(finding.field == "moderator" and (finding.decided or any(paragraph.text.strip()
                                                                       for paragraph in finding.paragraphs))
           for finding in extraction.findings):
        extraction.findings[:] = [finding for finding in extraction.findings if finding.field != "auditor"]
    extraction.findings[:] = [replace(finding, field=_AUTHOR_OF_THE_MODERATION[finding.field])
                              if finding.field in _AUTHOR_OF_THE_MODERATION else finding
                              for finding in extraction.findings]


_AUTHOR_OF_THE_MODERATION = {"moderator": "auditor", "moderation_date": "date"}


# A moderator's line signed and dated before its comment: "David Okonjo,
# 3rd Nov 2026: Read and authorised. …".
_SIGNED_COMMENT = re.compile(r"\s*(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}),\s*(?P<date>[^:,]{6,30}):\s*\S")


# A whole answer in quotation marks.
_QUOTED = re.compile(r"^\s*[\"\u201c]\s*([^\"\u201c\u201d]+?)\s*[\"\u201d]\s*$")


def _numbered_in_line(line: str) -> list[str]:
    """A line's points where it numbers them "(1) … (2) …", from (1) on;
    the line itself otherwise."""
    marks = list(_IN_LINE_NUMBER.finditer(line))
    if len(marks) < 2 or line[:marks[0].start()].strip() \
            or [int(mark.group(1)) for mark in marks] != list(range(1, len(marks) + 1)):
        return [line]
    ends = [mark.start() for mark in marks[1:]] + [len(line)]
    return [line[mark.end():end].strip() for mark, end in zip(marks, ends)]


_IN_LINE_NUMBER = re.compile(r"(?:^|(?<=\s))\((\d{1,2})\)\s+")


def _parallel_points(line: str, *, marked: bool = False) -> list[str]:
    """A line's sentences where each opens as the others do, points of a
    list written as prose ("In 6 of the 7 cases audited chronologies were up
    to date. In 3 of the 7 cases audited the child's voice was clear …");
    the line itself otherwise (one point and the sentences explaining it).
    Among points `marked` with bullets or numbers, only sentences opening
    alike are points of their own."""
    sentences = [sentence.strip() for sentence in _SENTENCE_END.split(line) if sentence.strip()]
    openings = {re.sub(r"\d+", "#", " ".join(sentence.casefold().split()[:2])) for sentence in sentences}
    if len(sentences) < 2 or any(len(sentence.split()) < 5 for sentence in sentences):
        return [line]
    if len(openings) == 1:
        return sentences
    if marked:
        return [line]
    # Full sentences, none leaning on the one before ("This means …",
    # "However, …"): points of a list run together in a paragraph, "The
    # chronology is up to date. The assessment was written with the
    # family." A short point and what explains it stay one: "The plan is
    # not SMART. Actions lack timescales and named owners."
    if all(len(sentence.split()) >= _POINT_WORDS for sentence in sentences) \
            and not any(_LEANS_BACK.match(sentence) for sentence in sentences[1:]):
        return sentences
    return [line]


_POINT_WORDS = 6
# A sentence that goes on from the one before it.
_LEANS_BACK = re.compile(r"(?i)(?:this|these|that|those|it|its|they|their|them|he|she|his|her|which|however|also|but|and"
                         r"|so|as a result|for example|for instance|in particular|although|because|there|here|again"
                         r"|instead|otherwise|even so|despite this|overall|both|each|all|such)\b")


_SENTENCE_END = re.compile(r"(?<=[\w)][.!?])\s+(?=[A-Z])")


def _about_the_items(line: str) -> bool:
    """Whether a short list's line is a sentence about its items, listing
    none: "Summary of each agency's single-agency audit as presented on the
    day (not graded)." (never "Records were read by Jodie Tattersall
    (CAMHS); Stacey Dunleavy (Education).", which lists them)."""
    return len(line.split()) >= 9 and not _SHORT_ITEM_SEPARATOR.search(line)


def _sentence_to_the_reader(line: str) -> bool:
    """Whether a list's line is a sentence opening in lower case, not names:
    "read your own records and bring this workbook to the panel"."""
    words = line.split()
    return len(words) >= 5 and words[0].isalpha() and words[0].islower() and is_common_word(words[0])


def _instruction(value: str) -> bool:
    """Whether a person's box holds a sentence rather than a name: words in
    lower case from the first, too many words for anyone's name, or a
    phrase in plain words ("Read and agreed" in a sign-off's box for the
    practitioner, who signs there). A job title after the name is no part
    of it ("Mark Ellison – Service Manager (on behalf of Head of Service)")."""
    name = without_role(value)
    words = name.split()
    return (len(words) >= 3 and words[0][:1].islower()) or len(words) > 8 or ";" in value \
        or any(word.isalpha() and word.islower() and len(word) >= 3 and word not in _NAME_PARTICLES
               and is_common_word(word) for word in re.sub(r"\([^)]*\)", " ", name).split()[1:])


# Words in lower case inside people's names ("Aisha bin Hamid", "Pieter van
# der Berg").
_NAME_PARTICLES = frozenset({"bin", "binti", "ibn", "van", "von", "der", "den", "del", "della", "dos", "das", "les"})


_BY = re.compile(r"(?i)^\s*(?:by|due(?: by)?|before|deadline:?|target date:?|timescale:?)\s+")


def _action_line(text: str) -> Action:
    """An action written on one line: "Update the plan – Social worker –
    01/12/2026" gives its owner and due date; otherwise the first date in the
    text is its due date."""
    parts = re.split(r"\s+[-\u2013\u2014]\s+", text)
    last = parse_date(parts[-1]) if len(parts) >= 2 else None
    # "… – Practice manager – by 27th of October 2026"
    when = _BY.sub("", parts[-1]).strip()
    if last is not None and last.value and last.text.strip() == when:
        owner = parts[-2] if len(parts) >= 3 else None
        action = " \u2013 ".join(parts[: -2 if owner else -1])
        return Action(action, owner, last.value)
    owned = _OWNER_BY.fullmatch(parts[-1].strip()) if len(parts) >= 2 else None
    if owned and only_a_date(owned.group("when")):
        # "… – Practice manager by 21st Dec 2026": who, then by when.
        return Action(" \u2013 ".join(parts[:-1]), owned.group("owner"), parse_date(owned.group("when")).value)
    said = _OWNER_SAID.search(text)
    if said and said.start() > 0:
        # "Seek the father's views. Lead: Joanne Fletcher. By 24th of November 2026."
        due = parse_date(text[said.start():])
        return Action(text[: said.start()].strip(" .;,\u2013-") + ".", said.group("owner").strip(),
                      due.value if due else None)
    found = parse_date(text)
    return Action(text, None, found.value if found else None)


_OWNER_BY = re.compile(r"(?P<owner>[A-Za-z][^,;:]{1,58}?)\s+(?i:by|due)\s+(?P<when>.+)")
_OWNER_SAID = re.compile(r"(?:(?<=[.;,])|\s[-\u2013\u2014(])\s*(?i:lead|who|owner|responsible|by whom|action owner)\s*:\s*"
                         r"(?P<owner>[^.;:()]{2,60}?)\s*(?:[.;)]|$|\s[-\u2013]\s|\s(?i:by)(?:\s|:))")


def _choice_lines(lines: list[str]) -> list[str]:
    """The lines that hold a choice: the leading lines with boxes (one option
    per line), else the first line."""
    boxed = []
    for line in lines:
        if not any(box in line for box in BOXES):
            break
        boxed.append(line)
    return boxed or lines[:1]


def _grade_warning(name: str, problem: str) -> str:
    if problem == NONE_CHOSEN:
        return f"The {name} lists the grades but none is marked; please mark one."
    if problem == SEVERAL_CHOSEN:
        return f"More than one {name} is marked; please mark only one."
    return f"The {name} could not be read; please write one of Outstanding, Good, Requires Improvement to be Good or Inadequate."


def _one_month(text: str, dated: bool = True) -> str | None:
    """The one month and year that `text` names ("October 2026"), or None
    where it names none or several; where `dated`, never one inside a date
    with its day ("9th November 2026")."""
    dates = [(found.start, found.end) for found in find_dates(text)] if dated else []
    months = {normalise(found.group(0)): found.group(0) for found in _MONTH_AND_YEAR.finditer(text)
              if not any(start < found.end() and found.start() < end for start, end in dates)}
    return next(iter(months.values())) if len(months) == 1 else None
