"""The .docx reader: what a person sees in Word reaches the document model,
including content controls, legacy form fields, symbols and tracked changes."""

import time

from docx.oxml import parse_xml
from forms_helpers import (
    W_W14,
    DocxForm,
    W,
    add_legacy_checkbox,
    add_legacy_dropdown,
    add_legacy_text,
    add_run,
    add_symbol,
    add_xml,
    checkbox_control,
    combo_control,
    date_control,
    dropdown_control,
)

from bot.forms.document import Paragraph, Table
from bot.forms.docx_reader import read_docx

TICKED, UNTICKED = "\u2612", "\u2610"


def texts(builder: DocxForm) -> list[str]:
    return [paragraph.text for paragraph in read_docx(builder.bytes()).paragraphs() if paragraph.text]


def one_paragraph(*xml: str, text: str = "") -> str:
    builder = DocxForm(heading=None)
    paragraph = builder.paragraph(text)
    for piece in xml:
        add_xml(paragraph, piece)
    return texts(builder)[0]


def test_content_control_checkboxes_become_ballot_boxes():
    assert one_paragraph(checkbox_control(True), "<w:r %s><w:t xml:space=\"preserve\"> Yes </w:t></w:r>" % W, checkbox_control(False)) == f"{TICKED} Yes {UNTICKED}"


def test_a_checkbox_ticked_with_true_counts():
    assert one_paragraph(checkbox_control(True, value="true")) == TICKED


def test_legacy_checkboxes_by_checked_or_by_default():
    builder = DocxForm(heading=None)
    for checked, by_default in ((True, False), (False, False), (True, True), (False, True)):
        add_legacy_checkbox(builder.paragraph(), checked, by_default)
    assert texts(builder) == [TICKED, UNTICKED, TICKED, UNTICKED]


def test_legacy_text_and_drop_down_fields_give_their_values():
    builder = DocxForm(heading=None)
    add_legacy_text(builder.paragraph("Child ID: "), "1234567")
    add_legacy_dropdown(builder.paragraph(), ["Outstanding", "Good", "Inadequate"], 1)
    assert texts(builder) == ["Child ID: 1234567", "Good"]


def test_wingdings_symbols_are_boxes():
    builder = DocxForm(heading=None)
    paragraph = builder.paragraph()
    for code in ("F0FE", "F078", "F0FD", "F0A8", "F06F"):
        add_symbol(paragraph, code)
    assert texts(builder) == [TICKED * 3 + UNTICKED * 2]


def test_tick_characters_are_normalised():
    assert one_paragraph(text="\u2611 a \u2713 b \u2714 c \u25a0 d \u25a1 e") == f"{TICKED} a {TICKED} b {TICKED} c {TICKED} d {UNTICKED} e"


def test_drop_downs_show_their_choice_and_placeholders_are_empty():
    assert one_paragraph(dropdown_control("Good")) == "Good"
    assert one_paragraph(combo_control("Yes")) == "Yes"
    builder = DocxForm(heading=None)
    add_xml(builder.paragraph(), dropdown_control("Choose an item.", placeholder=True))
    assert texts(builder) == []


def test_date_pickers_give_their_full_date():
    assert one_paragraph(date_control("2026-11-03T00:00:00Z", "03/11/2026")) == "2026-11-03"
    builder = DocxForm(heading=None)
    add_xml(builder.paragraph(), date_control("2026-11-03T00:00:00Z", "Click or tap to enter a date.", placeholder=True))
    assert texts(builder) == []


def test_tracked_insertions_count_and_deletions_do_not():
    assert one_paragraph(
        f"<w:ins {W} w:id=\"1\" w:author=\"HoS\"><w:r><w:t>kept</w:t></w:r></w:ins>",
        f"<w:del {W} w:id=\"2\" w:author=\"HoS\"><w:r><w:delText>gone</w:delText></w:r></w:del>",
    ) == "kept"


def test_hyperlinks_smart_tags_and_custom_xml_keep_their_text():
    assert one_paragraph(
        f"<w:hyperlink {W}><w:r><w:t>link </w:t></w:r></w:hyperlink>",
        f"<w:smartTag {W} w:uri=\"x\" w:element=\"place\"><w:r><w:t>tag </w:t></w:r></w:smartTag>",
        f"<w:customXml {W} w:element=\"x\"><w:r><w:t>custom</w:t></w:r></w:customXml>",
    ) == "link tag custom"


def test_tabs_and_breaks_and_hidden_text():
    assert one_paragraph(
        f"<w:r {W}><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r>",
        f"<w:r {W}><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>",
    ) == "a\tb\nc"


def test_block_level_content_controls_are_read():
    builder = DocxForm(heading=None)
    body = builder.document.element.body
    body.insert(0, parse_xml(f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>inside</w:t></w:r></w:p></w:sdtContent></w:sdt>"))
    assert texts(builder) == ["inside"]


def test_merged_cells_appear_once_and_continuations_are_empty():
    builder = DocxForm(heading=None)
    table = builder.table([["Section grades", None, None], ["Area", "Grade", "Comments"], ["Voice", "Good", "ok"], [None, None, "more"]])
    table.cell(0, 0).merge(table.cell(0, 2))
    table.cell(2, 0).merge(table.cell(3, 0))
    document = read_docx(builder.bytes())
    rows = document.blocks[0].rows
    assert len(rows[0].cells) == 1 and rows[0].cells[0].span == 3 and rows[0].cells[0].text == "Section grades"
    assert [cell.text for cell in rows[3].cells] == ["", "", "more"]
    assert [cell.column for cell in rows[1].cells] == [0, 1, 2]


def test_nested_tables_are_lifted_out_in_reading_order():
    builder = DocxForm(heading=None)
    outer = builder.table([["Child ID", "1234567"], ["Section grades", None], ["Auditor", "Jane Auditor"]])
    inner = outer.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Voice of the child"
    inner.cell(0, 1).text = "Good"
    blocks = read_docx(builder.bytes()).blocks
    kinds = [type(block).__name__ for block in blocks]
    assert kinds[:2] == ["Table", "Paragraph"] and "Table" in kinds[2:]
    assert blocks[0].rows[0].cells[1].text == "1234567"
    nested = [block for block in blocks[1:] if isinstance(block, Table)]
    assert nested[0].rows[0].cells[0].text == "Voice of the child"
    assert nested[-1].rows[-1].cells[0].text == "Auditor"


def test_row_and_cell_level_content_controls_are_read():
    builder = DocxForm(heading=None)
    table = builder.table([["Child ID", "1234567"]])
    row = table.rows[0]._tr
    parent = row.getparent()
    index = parent.index(row)
    wrapper = parse_xml(f"<w:sdt {W}><w:sdtPr/><w:sdtContent/></w:sdt>")
    parent.remove(row)
    wrapper[1].append(row)
    parent.insert(index, wrapper)
    cell = row.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc")[1]
    cell_wrapper = parse_xml(f"<w:sdt {W}><w:sdtPr/><w:sdtContent/></w:sdt>")
    row.replace(cell, cell_wrapper)
    cell_wrapper[1].append(cell)
    table_block = read_docx(builder.bytes()).blocks[0]
    assert [cell.text for cell in table_block.rows[0].cells] == ["Child ID", "1234567"]


def test_run_colour_bold_and_heading_are_kept():
    builder = DocxForm(heading="Full Case File Audit")
    add_run(builder.paragraph("plain "), "red", colour="C00000", bold=True)
    blocks = read_docx(builder.bytes()).blocks
    assert isinstance(blocks[0], Paragraph) and blocks[0].heading
    runs = blocks[1].runs
    assert (runs[0].colour, runs[0].bold) == (None, False)
    assert (runs[1].colour, runs[1].bold) == ("C00000", True)


def test_black_and_automatic_colours_are_the_default():
    builder = DocxForm(heading=None)
    add_run(builder.paragraph(), "black", colour="000000")
    add_xml(builder.paragraph(), f"<w:r {W}><w:rPr><w:color w:val=\"auto\"/></w:rPr><w:t>auto</w:t></w:r>")
    runs = read_docx(builder.bytes()).runs()
    assert [run.colour for run in runs] == [None, None]


def test_the_title_property_and_page_header_are_titles():
    builder = DocxForm(heading=None, title_property="Observation of Practice")
    builder.document.sections[0].header.paragraphs[0].text = "Children's Services QA"
    builder.paragraph("body")
    assert read_docx(builder.bytes()).titles == ["Observation of Practice", "Children's Services QA"]


def test_a_text_box_is_read_after_its_paragraph():
    builder = DocxForm(heading=None)
    anchor = builder.paragraph("before")
    add_xml(
        anchor,
        f"<w:r {W_W14}><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>"
        "<w:txbxContent><w:p><w:r><w:t>Observation of practice</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>",
    )
    assert texts(builder) == ["before", "Observation of practice"]


def test_reading_a_form_takes_a_few_milliseconds():
    builder = DocxForm()
    builder.table([[f"Label {index}", f"Value {index}"] for index in range(40)])
    data = builder.bytes()
    read_docx(data)
    started = time.perf_counter()
    for _ in range(20):
        read_docx(data)
    assert (time.perf_counter() - started) / 20 < 0.02
