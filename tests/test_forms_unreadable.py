"""Files that cannot be used come back ok=False with a reason a manager
understands, and never raise."""

import io
import json
import os
import zipfile

import pytest
from forms_helpers import DocxForm, definitions

from bot.forms import parse_bytes, parse_file


def parse(data: bytes, name: str = "audit.docx"):
    return parse_bytes(data, name, definitions())


def docx_with_part(name: str, content: bytes) -> bytes:
    """A good form with one part replaced."""
    source = zipfile.ZipFile(io.BytesIO(DocxForm().bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            target.writestr(item, content if item.filename == name else source.read(item))
    return buffer.getvalue()


def test_pdf_is_refused_with_advice_to_send_a_word_file():
    form = parse(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "audit.docx")
    assert not form.ok
    assert form.errors == [
        "This file is not a Word document or Excel workbook; it looks like a PDF. "
        "Please send the completed form as a Word (.docx) file."
    ]


def test_random_bytes_are_not_a_word_document():
    form = parse(os.urandom(2048).replace(b"PK", b"pk").replace(b"%PDF", b"....").replace(b"\xd0\xcf", b"..") + b"x")
    assert not form.ok
    assert "not a Word document" in form.errors[0]


def test_an_empty_attachment_is_reported_as_empty():
    form = parse(b"")
    assert not form.ok and "empty" in form.errors[0]


def test_a_truncated_docx_is_reported_as_damaged():
    data = DocxForm().bytes()
    form = parse(data[: len(data) // 2])
    assert not form.ok
    assert "damaged" in form.errors[0]
    assert "send" in form.errors[0]


def test_an_old_word_document_is_asked_to_be_saved_as_docx():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 100
    form = parse(ole, "audit.doc")
    assert not form.ok
    assert ".docx" in form.errors[0] and "password" in form.errors[0]


def test_a_password_protected_form_is_asked_to_have_the_password_removed():
    encrypted = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le")
    form = parse(encrypted)
    assert not form.ok
    assert "password" in form.errors[0]


def test_an_old_excel_workbook_is_asked_to_be_saved_as_xlsx():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "Workbook".encode("utf-16-le")
    assert ".xlsx" in parse(ole, "audit.xls").errors[0]


def test_a_docx_declaring_a_doctype_is_refused():
    body = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY boom "boom">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&boom;</w:t></w:r></w:p></w:body></w:document>"
    )
    form = parse(docx_with_part("word/document.xml", body))
    assert not form.ok
    assert "never writes" in form.errors[0]


def test_a_docx_with_broken_xml_is_reported_as_damaged():
    form = parse(docx_with_part("word/document.xml", b"<w:document><w:body><w:p>"))
    assert not form.ok and "damaged" in form.errors[0]


def test_a_zip_that_is_not_a_form_says_so():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    form = parse(buffer.getvalue())
    assert not form.ok and "zip" in form.errors[0]


def test_a_rich_text_file_is_asked_to_be_saved_as_docx():
    form = parse(b"{\\rtf1\\ansi Hello}")
    assert not form.ok and ".rtf" in form.errors[0]


def test_a_form_with_no_text_says_it_is_empty():
    form = parse(DocxForm(heading=None).bytes())
    assert not form.ok and "no text" in form.errors[0]


def test_the_name_does_not_decide_the_type(tmp_path):
    """A .docx renamed .pdf is still read as Word."""
    builder = DocxForm()
    builder.table([["Child ID", "7654321"], ["Overall grade", "Good"]])
    path = tmp_path / "audit.pdf"
    path.write_bytes(builder.bytes())
    form = parse_file(path, definitions())
    assert form.ok and form.case_id == "7654321"


def test_a_missing_file_is_an_error_not_an_exception(tmp_path):
    form = parse_file(tmp_path / "gone.docx", definitions())
    assert not form.ok and form.errors


@pytest.mark.parametrize("length", [4, 30, 100, 1000, 3000])
def test_cut_short_files_never_raise(length):
    form = parse(DocxForm().bytes()[:length])
    assert not form.ok
    json.dumps(form.to_json())


def test_a_styles_part_declaring_a_doctype_is_refused():
    styles = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    form = parse(docx_with_part("word/styles.xml", styles))
    assert not form.ok and "never writes" in form.errors[0]


def test_a_workbook_declaring_an_entity_is_refused():
    from forms_helpers import xlsx_bytes

    data = xlsx_bytes({"Audit": [["Child ID", 1234567]]})
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/workbook.xml":
                content = b'<!DOCTYPE w [<!ENTITY e "e">]>' + content
            target.writestr(item, content)
    form = parse(buffer.getvalue(), "audit.xlsx")
    assert not form.ok and "Excel workbook" in form.errors[0] and "never writes" in form.errors[0]


def test_a_part_far_larger_than_a_form_is_refused(monkeypatch):
    from bot.forms import package

    monkeypatch.setattr(package, "MAX_PART_BYTES", 1000)
    form = parse(DocxForm().bytes())
    assert not form.ok and "larger than a form" in form.errors[0]
