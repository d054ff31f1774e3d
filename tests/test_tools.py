"""The framework's other QA tools read back to the `parse --json` contract:
thematic / dip-sample audits, supervision audits, Head of Service
overviews, multi-agency audits, the Early Help tools (EHA, TAF, step up /
step down) and conversation audits with families, each in every Word
layout of the sample builder and in Excel."""

from __future__ import annotations

import json
from datetime import date

import pytest
from forms_helpers import DocxForm, assert_reads_as_expected, definitions, xlsx_bytes

from bot.forms import parse_bytes
from bot.samples import LAYOUTS
from bot.samples.tools import TOOL_KINDS, build_tool_docx, build_tool_xlsx, tool_samples

SAMPLES = tool_samples(2, seed=3, today=date(2026, 11, 20))
COMMENTS_ONLY = "Moderator's comments were found but no moderated judgement; the auditor's grade stands."


def check(sample, parsed) -> None:
    result = assert_reads_as_expected(sample, parsed)
    comments_only = sample.moderation is not None and sample.moderation.grade is None
    assert result["warnings"] == ([COMMENTS_ONLY] if comments_only else [])


def test_the_samples_cover_every_tool_more_than_once():
    assert [sample.kind for sample in SAMPLES] == list(TOOL_KINDS) * 2


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_tool_reads_back_from_every_word_layout(layout):
    for seed, sample in enumerate(SAMPLES):
        check(sample, parse_bytes(build_tool_docx(sample, layout, variant_seed=seed), "tool.docx", definitions()))


def test_every_tool_reads_back_from_excel():
    for seed, sample in enumerate(SAMPLES):
        check(sample, parse_bytes(build_tool_xlsx(sample, variant_seed=seed), "tool.xlsx", definitions()))


def test_the_samples_are_deterministic():
    again = tool_samples(2, seed=3, today=date(2026, 11, 20))
    assert again == SAMPLES
    assert build_tool_docx(SAMPLES[0], "table", variant_seed=4) == build_tool_docx(again[0], "table", variant_seed=4)
    assert build_tool_xlsx(SAMPLES[3], variant_seed=4) == build_tool_xlsx(again[3], variant_seed=4)


def parse(builder: DocxForm):
    return parse_bytes(builder.bytes(), "form.docx", definitions())


# Each tool's own fields --------------------------------------------------------

def test_a_thematic_audit_keeps_its_theme_and_counts_the_case_ids_it_lists():
    builder = DocxForm(heading="Dip Sample Audit")
    builder.table([["Theme", "Neglect"], ["Head of Service", "Claire Whitworth"], ["Date of audit", "12/01/2027"],
                   ["Cases sampled", "1234567, 2345678; 3456789"]])
    builder.paragraph("Service-level actions", bold=True)
    builder.table([["Action", "By whom", "By when"], ["Run a planning workshop", "Claire Whitworth", "28/02/2027"]])
    form = parse(builder)
    assert form.ok and form.warnings == []
    assert form.auditor == "Claire Whitworth" and form.case_id is None
    assert form.extra == {"theme": "Neglect", "cases_sampled": 3, "sampled_case_ids": ["1234567", "2345678", "3456789"]}
    assert form.actions[0].action == "Run a planning workshop"


@pytest.mark.parametrize("written, count", [("6", 6), ("Six cases", 6), ("12 (see list)", 12)])
def test_the_number_of_cases_sampled_may_be_written_in_figures_or_words(written, count):
    builder = DocxForm(heading="Thematic audit")
    builder.paragraph("Theme: Pre-birth assessments")
    builder.paragraph(f"Number of cases sampled: {written}")
    assert parse(builder).extra["cases_sampled"] == count


def test_a_count_that_is_not_a_number_is_a_warning_not_a_guess():
    builder = DocxForm(heading="Thematic audit")
    builder.table([["Theme", "Neglect"], ["Number of cases sampled", "several"]])
    form = parse(builder)
    assert "cases_sampled" not in form.extra
    assert "The number of cases sampled could not be read as a number; please write it in figures, like 12." in form.warnings


def test_a_supervision_audit_reads_every_session_date_reviewed():
    builder = DocxForm(heading="Audit of supervision records")
    builder.paragraph("Supervisee: Ali Khan")
    builder.paragraph("Supervisor: Joanne Fletcher")
    builder.paragraph("Auditor: Claire Whitworth")
    builder.paragraph("Date of audit: 20/11/2026")
    builder.paragraph("Period covered: August to November 2026")
    builder.paragraph("Dates of supervision sessions reviewed: 4 Aug 2026, 1st September 2026 and 29/09/2026")
    builder.paragraph("Overall grade: Good")
    form = parse(builder)
    assert form.ok and form.warnings == []
    assert (form.form, form.practitioner, form.grade) == ("supervision_audit", "Ali Khan", "Good")
    assert form.extra == {"supervisor": "Joanne Fletcher", "period_covered": "August to November 2026",
                          "session_dates": ["2026-08-04", "2026-09-01", "2026-09-29"]}


def test_a_multi_agency_audit_splits_the_agencies_involved():
    workbook = xlsx_bytes({"Audit": [["Multi-agency case file audit"], ["Child ID", 7654321],
                                     ["Agencies involved", "Police; Health visiting, School\nHousing"],
                                     ["Lead auditor", "Sarah Hollins"], ["Overall judgement", "Requires improvement"]]})
    form = parse_bytes(workbook, "audit.xlsx", definitions())
    assert form.ok and (form.form, form.case_id, form.auditor) == ("multi_agency_audit", "7654321", "Sarah Hollins")
    assert form.extra["agencies"] == ["Police", "Health visiting", "School", "Housing"]
    assert form.grade == "Requires Improvement to be Good"


@pytest.mark.parametrize("title, kind", [("TAF Audit Tool", "taf_audit"), ("EHA audit tool", "early_help_audit"),
                                         ("Step up/Down tool", "step_up_down_audit"),
                                         ("Team Around the Family audit", "taf_audit"),
                                         ("Early Help case file audit", "early_help_audit")])
def test_each_early_help_tool_is_its_own_kind_and_keeps_the_familys_voice(title, kind):
    builder = DocxForm(heading=title)
    builder.table([["EHM ID", "4455667"], ["Lead professional", "Kirsty Duckworth"], ["Overall grade", "Good"],
                   ["Voice of the family", "Mum said she feels listened to."]])
    form = parse(builder)
    assert form.ok and (form.form, form.case_id, form.practitioner) == (kind, "4455667", "Kirsty Duckworth")
    assert form.extra["family_voice"] == "Mum said she feels listened to."


def test_a_step_up_or_down_says_which_and_when():
    builder = DocxForm(heading="Step up / step down audit")
    builder.table([["Child ID", "4455667"], ["Step up or step down", "Step down to Early Help"],
                   ["Date of transfer", "2nd October 2026"], ["Overall grade", "Good"]])
    form = parse(builder)
    assert form.ok and form.extra == {"direction": "Step down to Early Help", "transfer_date": "2026-10-02"}


def test_a_conversation_audit_keeps_what_the_family_said_without_the_childs_name():
    builder = DocxForm(heading="Conversation audits with families")
    builder.table([["Child ID", "4455667"], ["Child's name", "Kacey Ormerod"], ["Conversation held by", "Colin Heap"],
                   ["Date of conversation", "12/10/2026"],
                   ["What the family told us", "They said Kacey is happier at school."],
                   ["What difference it made", "Kacey's attendance is now 96%."]])
    form = parse(builder)
    assert form.ok and (form.form, form.auditor, form.date) == ("conversation_audit", "Colin Heap", date(2026, 10, 12))
    assert form.extra == {"family_view": "They said the child is happier at school.",
                          "difference_made": "The child's attendance is now 96%."}
    assert "Kacey" not in json.dumps(form.to_json())


# Required fields ---------------------------------------------------------------

@pytest.mark.parametrize("heading, rows, error", [
    ("Thematic audit", [["Head of Service", "Claire Whitworth"]],
     "No theme found. Please add the theme of the audit (for example 'Neglect') in the 'Theme' box and send the form again."),
    ("Supervision audit", [["Supervisor", "Joanne Fletcher"]],
     "No supervisee found. Please add the name of the practitioner whose supervision was audited in the 'Supervisee' "
     "box and send the form again."),
    ("Head of Service overview report", [["Head of Service", "Claire Whitworth"]],
     "No month found. Please add the month whose audits this overview covers (for example 'October 2026') in the "
     "'Month' box and send it again."),
    ("Multi-agency audit", [["Agencies involved", "Police"]],
     "No case ID found. Please add the child's case number (for example in a 'Child ID' box) and send the form again."),
    ("TAF audit", [["Child ID", "4455667"]],
     "No overall grade found. Please choose the overall judgement (Outstanding, Good, Requires Improvement to be Good "
     "or Inadequate) and send the form again."),
    ("Conversation audit", [["Child ID", "4455667"]],
     "Nothing the family told us was found. Please write what the family said in the 'What the family told us' box "
     "and send the form again."),
])
def test_a_tool_without_a_required_field_is_sent_back_in_plain_words(heading, rows, error):
    builder = DocxForm(heading=heading)
    builder.table(rows)
    form = parse(builder)
    assert not form.ok and form.errors == [error]


def test_a_thematic_audit_needs_no_case_id():
    builder = DocxForm(heading="Thematic audit")
    builder.table([["Theme", "Neglect"], ["Head of Service", "Claire Whitworth"], ["Date of audit", "12/01/2027"],
                   ["Number of cases sampled", "6"]])
    form = parse(builder)
    assert form.ok and form.errors == [] and form.warnings == []


def test_every_label_the_tool_samples_use_is_one_the_bot_knows():
    from bot.samples import tool_phrases

    kinds = definitions().kinds.values()
    for key, labels in tool_phrases.LABELS.items():
        if key == "area":  # column headers of section tables, not labels
            continue
        for label in labels:
            assert any(kind.field_for_label(label) for kind in kinds), label
