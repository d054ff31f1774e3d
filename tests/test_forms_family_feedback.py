"""A family feedback sheet, as Early Help services print them in Excel: the
conversation audit of the 2018 framework (Appendix 1, "Conversation Audits
with families") under the names councils give it, its choices marked the
ways managers mark them, and its sign-off told apart from the Head of
Service's review.

All names and case IDs are invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from forms_helpers import OPTION_FILL, Filled, Ink, Printed, definitions, styled_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from bot.forms import parse_bytes


def _top(title: str = "Family Feedback Sheet") -> list[list[object]]:
    return [[Printed("Northmoor Council \u2013 Children's Services", "A6192E")],
            [Printed(title, None)],
            ["Whole family support \u2013 hearing it from the family"],
            []]


def _details(spoken: str = "Spoken with by") -> list[list[object]]:
    return [[Printed("Early Help ref"), "EH-744523"],
            [Printed("Lead professional"), "Leanne Ogden"],
            [Printed(spoken), "Colin Heap (Early Help Manager)"],
            [Printed("Date of conversation"), "29/10/2026"],
            []]


def _views() -> list[list[object]]:
    return [[Printed("What did the family say about the help? (their words)"),
             "\u201cThey worked at our pace. Nothing was rushed.\u201d (parent)"],
            [Printed("What has changed for the family"), "The mornings are calmer."],
            [],
            [Printed("What worked", "E2EFDA")],
            ["The family felt respected and not judged."],
            ["Practical help came quickly."],
            [Printed("What got in the way", "FCE4D6")],
            ["The family waited about six weeks before the first visit."],
            []]


def _loop() -> list[list[object]]:
    return [[Printed("You said \u2026 we will", OPTION_FILL)],
            [Printed("You said"), Printed("We will"), Printed("Who"), Printed("By when")],
            ["\u201cWe waited too long at the start\u201d", "Raise the wait for first visits at the managers' meeting.",
             "Colin Heap", "09/11/2026"],
            [],
            [Printed("Is any child unsafe today?"), "No"],
            []]


def _sign_off(comments: object = "") -> list[list[object]]:
    return [[Printed("Sign-off", OPTION_FILL)],
            [Printed("Completed by"), "Colin Heap"],
            [Printed("Date"), "29/10/2026"],
            [],
            [Printed("Head of Service", OPTION_FILL)],
            [Printed("Reviewed by (HoS)"), Ink("Mark Ellison") if comments else None],
            [Printed("Date reviewed"), Ink("03/11/2026") if comments else None],
            [Printed("Comments"), comments]]


def parse(rows: list[list[object]]):
    return parse_bytes(styled_workbook({"Feedback": rows}), "feedback.xlsx", definitions())


def _method(rows: list[list[object]]):
    return parse(_top() + _details() + rows + [[]] + _views()).extra.get("method")


def test_a_family_feedback_sheet_read_in_the_familys_words():
    form = parse(_top() + _details() + _views() + _loop() + _sign_off("Not yet seen by HoS"))
    assert form.form == "conversation_audit" and form.ok, form.errors
    # "Spoken with by": who held the conversation.
    assert (form.case_id, form.auditor, form.practitioner) == ("EH-744523", "Colin Heap", "Leanne Ogden")
    # The title in bold atop the sheet heads the sheet, not the line under
    # it; the hint in brackets after the label is no answer.
    assert form.extra["family_view"] == "\u201cThey worked at our pace. Nothing was rushed.\u201d (parent)"
    # "What worked" and "What got in the way": the family's strengths and
    # what to develop.
    assert form.strengths == ["The family felt respected and not judged.", "Practical help came quickly."]
    assert form.development_areas == ["The family waited about six weeks before the first visit."]
    # "You said | We will | Who | By when": the actions, by whom, by when.
    assert [(action.action, action.owner, action.due) for action in form.actions] == [
        ("Raise the wait for first visits at the managers' meeting.", "Colin Heap", date(2026, 11, 9))]
    # "Not yet seen by HoS": no moderation yet.
    assert not form.moderated


@pytest.mark.parametrize("title", ["Ask the Family \u2013 Conversation Feedback Sheet",
                                   "Listening to Families \u2013 Feedback Sheet"])
def test_a_feedback_sheet_is_a_conversation_audit_whatever_the_council_calls_it(title):
    rows = _top(title) + [["Talk with the family once the help has ended. Write what they say in their words. "
                           "Return this sheet to the Early Help QA mailbox within 5 working days."]] \
        + _details("Conversation held by") + _views()
    form = parse(rows)
    assert form.form == "conversation_audit" and form.ok, form.errors
    assert form.auditor == "Colin Heap"
    # (The title names the form: the line under it is no answer.)
    assert form.extra["family_view"].startswith("\u201cThey worked at our pace.")


@pytest.mark.parametrize("spoken", ["Spoken with by", "Name of manager holding the conversation"])
def test_who_spoke_with_the_family_is_the_auditor(spoken):
    assert parse(_top() + _details(spoken) + _views()).auditor == "Colin Heap"


@pytest.mark.parametrize(("worked", "in_the_way"), [("What helped", "What didn't help"),
                                                    ("What worked for the family", "What got in the way of the help")])
def test_what_helped_the_family_and_what_did_not(worked, in_the_way):
    rows = _top() + _details() + [
        [Printed("In the family's own words"), "They listened."],
        [Printed(worked), "The family felt respected and not judged."],
        [Printed(in_the_way), "Sessions were always in working hours."]]
    form = parse(rows)
    assert (form.strengths, form.development_areas) == (["The family felt respected and not judged."],
                                                        ["Sessions were always in working hours."])


def test_a_bare_sign_off_is_the_auditors_own_and_the_head_of_services_box_moderates():
    form = parse(_top() + _details() + _views() + _loop() + _sign_off(Ink("Read \u2013 thank you.")))
    assert form.auditor == "Colin Heap" and form.date == date(2026, 10, 29)
    assert form.moderated
    assert form.extra["moderator"] == "Mark Ellison"
    assert form.extra["moderation_date"] == "2026-11-03"


def test_a_part_titled_completed_by_over_a_bare_name_names_the_auditor():
    rows = _top() + _details("Practitioner's manager") + _views() + _loop() + [
        [Printed("Completed by", OPTION_FILL)],
        [Printed("Name"), "Liam Doherty \u2013 QA Officer"],
        [Printed("Date"), "30/10/2026"]]
    form = parse(rows)
    assert form.auditor == "Liam Doherty"


def test_who_gathered_the_feedback_heads_a_strip_over_their_name():
    rows = _top() + [[Printed("Early Help ref"), Printed("Lead professional")],
                     ["EH-744523", "Leanne Ogden"],
                     [],
                     [Printed("Feedback gathered by"), Printed("Date of conversation")],
                     ["Colin Heap \u2013 Early Help Manager", "2nd of October 2026"],
                     []] + _views()
    form = parse(rows)
    assert (form.auditor, form.date) == ("Colin Heap", date(2026, 10, 2))


def test_closing_the_loop_under_the_title_heads_the_actions_told_a_line_each():
    rows = [[Printed("Northmoor Council \u2013 Children's Services", "A6192E")],
            [Printed("Family Feedback Conversation: Record Sheet", None)],
            ["Closing the loop: you said, we will"],
            []] + _details() + _views() + [
        [Printed("Closing the loop", OPTION_FILL)],
        ["We will: Give the family the duty number. (EH Manager, by 16-Nov-2026)"],
        ["\u2192 Link the family with the hub's parent group. \u2013 Leanne Ogden \u2013 by 02-Dec-2026"]]
    form = parse(rows)
    assert form.form == "conversation_audit"
    # (The subtitle says what the part is called; no action of its own.)
    assert [action.due for action in form.actions] == [date(2026, 11, 16), date(2026, 12, 2)]
    assert form.extra["family_view"].startswith("\u201cThey worked at our pace.")


_OPTIONS = [Printed("How the conversation was held"), Printed("Visit at home", OPTION_FILL),
            Printed("Telephone", OPTION_FILL), Printed("Video (Teams)", OPTION_FILL), Printed("Family hub", OPTION_FILL)]


@pytest.mark.parametrize("mark", ["X", "\u2713", "\u25cf", Filled()])
def test_the_way_the_conversation_was_held_marked_under_its_option(mark):
    assert _method([_OPTIONS, ["(mark one)", None, None, mark]]) == "Video (Teams)"


def test_options_none_marked_leave_the_way_unread_not_the_first_taken():
    assert _method([_OPTIONS, ["(mark one)"]]) is None
    assert _method([_OPTIONS]) is None


def test_the_way_typed_plain_beside_its_label_is_the_answer_though_it_names_a_place():
    # ("Family hub" would mean a team, as a label.)
    assert _method([[Printed("How we spoke with the family"), "Family hub"]]) == "Family hub"


@pytest.mark.parametrize("way", ["bold", "strike"])
def test_the_options_in_one_cell_apart_by_spaces_the_one_picked_out(way):
    chosen = InlineFont(b=True) if way == "bold" else InlineFont()
    other = InlineFont() if way == "bold" else InlineFont(strike=True)
    options = ["Home visit", "Phone call", "Video call", "At the family hub"]
    rich = CellRichText(*[piece for position, option in enumerate(options)
                          for piece in ([TextBlock(InlineFont(), "   ")] if position else [])
                          + [TextBlock(chosen if option == "Phone call" else other, option)]])
    assert _method([[Printed("Type of contact"), rich]]) == "Phone call"


def test_a_sign_off_holding_who_completed_the_form_is_the_auditors_with_no_head_of_service_part():
    rows = _top() + _details("Practitioner's manager") + _views() + [
        [Printed("Sign-off", OPTION_FILL)],
        [Printed("Completed by"), "Colin Heap (Early Help Manager)"],
        [Printed("Date"), "30/10/2026"]]
    form = parse(rows)
    assert form.auditor == "Colin Heap" and not form.moderated


def test_a_sign_off_the_head_of_service_signs_with_a_blank_judgement_box_is_the_moderation():
    rows = _top() + _details() + _views() + [
        [Printed("SIGN OFF", "A6192E")],
        [Printed("Signed off by", OPTION_FILL), Ink("Mark Ellison")],
        [Printed("Date signed off", OPTION_FILL), Ink("26/10/2026")],
        [Printed("HoS judgement", OPTION_FILL)],
        [Printed("Comments", OPTION_FILL), Ink("Good piece of work. Please share it with the team.")]]
    form = parse(rows)
    assert form.auditor == "Colin Heap"
    assert form.moderated and form.extra["moderator"] == "Mark Ellison"


def test_a_date_beside_the_auditors_label_is_no_name():
    rows = _top() + _details("Practitioner's manager") + _views() + [
        [Printed("Auditor"), None, None, "15/10/2026"]]
    assert parse(rows).auditor is None


def test_an_option_ticked_among_options_apart_by_spaces_is_read_without_its_box():
    rich = CellRichText(TextBlock(InlineFont(), "\u2610 Visit at home   "), TextBlock(InlineFont(b=True), "\u2612 Telephone"),
                        TextBlock(InlineFont(), "   \u2610 Family hub"))
    assert _method([[Printed("How the conversation was held"), rich]]) == "Telephone"


@pytest.mark.parametrize("gap", [True, False])
def test_a_sign_off_over_the_head_of_services_own_part_is_the_auditors(gap):
    rows = _top() + _details("Practitioner's manager") + _views() + [
        [Printed("Sign-off", OPTION_FILL)],
        [Printed("Signature"), "Colin Heap"],
        [Printed("Date"), "29/10/2026"]] + ([[]] if gap else []) + [
        [Printed("Head of Service review", OPTION_FILL)],
        [Printed("Head of Service"), Ink("Mark Ellison")],
        [Printed("Date reviewed"), Ink("03/11/2026")],
        [Printed("Comments"), Ink("Read \u2013 thank you.")]]
    form = parse(rows)
    assert form.date == date(2026, 10, 29)
    assert form.extra["moderator"] == "Mark Ellison" and form.extra["moderation_date"] == "2026-11-03"
