"""Every sample layout, read back by the parser: the `parse --json` contract
holds for forms built the many ways councils build them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from forms_helpers import assert_reads_as_expected

from bot.forms import parse_bytes
from bot.samples import LAYOUTS, build_docx, build_xlsx, sample_forms

ROOT = Path(__file__).resolve().parent.parent
POPULATION = sample_forms(24, seed=5, today=date(2026, 11, 20))


def check(form, parsed) -> None:
    assert_reads_as_expected(form, parsed)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_word_layout_reads_back_to_the_contract(settings, layout):
    for seed, form in enumerate(POPULATION):
        check(form, parse_bytes(build_docx(form, layout, variant_seed=seed), f"{layout}.docx", settings.forms))


def test_excel_forms_read_back_to_the_contract(settings):
    for seed, form in enumerate(POPULATION):
        check(form, parse_bytes(build_xlsx(form, variant_seed=seed), "form.xlsx", settings.forms))


def test_parse_json_prints_one_object_per_file_and_explains_unusable_ones(tmp_path):
    form = POPULATION[0]
    good = tmp_path / "audit.docx"
    good.write_bytes(build_docx(form, "table"))
    pdf = tmp_path / "scan.docx"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    missing = tmp_path / "missing.docx"
    result = subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "--config", str(ROOT / "config"),
                             "parse", str(good), str(pdf), str(missing), "--json"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == ["audit.docx", "scan.docx", "missing.docx"]
    assert lines[0]["ok"] and lines[0]["case_id"] == form.case_id
    assert lines[0]["final_grade"] == form.final_grade
    assert not lines[1]["ok"] and "PDF" in lines[1]["errors"][0]
    assert not lines[2]["ok"] and lines[2]["errors"]
    assert "Traceback" not in result.stderr


def test_the_readme_example_teaches_the_bot_a_new_form(config_dir, tmp_path):
    """The new-form example in the README works as written."""
    import re

    from docx import Document

    from bot.forms import load_definitions

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\nkinds:\n  # \.\.\. the kinds already there \.\.\.\n(.*?)```", readme, re.S).group(1)
    forms_yaml = config_dir / "forms.yaml"
    forms_yaml.write_text(forms_yaml.read_text(encoding="utf-8").rstrip() + "\n" + example, encoding="utf-8")
    definitions = load_definitions(forms_yaml)

    document = Document()
    document.add_heading("Pathway Plan Audit", level=1)
    table = document.add_table(rows=0, cols=2)
    for label, value in [("Child ID", "4455667"), ("Personal adviser's manager", "Nicola Wragg"),
                         ("Date", "12/10/2026"), ("Overall grade", "Good"),
                         ("What the young person told us", "They felt listened to.")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    path = tmp_path / "pathway.docx"
    document.save(path)

    form = parse_bytes(path.read_bytes(), path.name, definitions)
    assert form.ok, form.errors
    assert (form.form, form.case_id, form.auditor, form.date.isoformat(), form.grade) == (
        "pathway_plan_audit", "4455667", "Nicola Wragg", "2026-10-12", "Good")
    assert form.extra["young_persons_view"] == "They felt listened to."
    assert definitions.kind("pathway_plan_audit").sheet == "Pathway plan audits"
