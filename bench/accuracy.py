#!/usr/bin/env python3
"""How many fields the form parser reads right, on forms it was tuned on
and on forms kept apart from it.

    .venv/bin/python bench/accuracy.py                     # the figures
    .venv/bin/python bench/accuracy.py --misses            # and every miss on the two tuned corpora
    .venv/bin/python bench/accuracy.py --held-out-misses   # and every miss on the steered held-out families

Three corpora, each file parsed in this process with `bot.forms.parse_bytes`
and the repository's config/forms.yaml, and its `to_json()` (what
`parse --json` prints) compared with the truth the file was built from:

- *tuned*: the project's own sample builder (`bot.samples`): case file,
  Early Help and observation forms (some audits asking whether the child's
  and family's views were sought) in every Word layout and in Excel, and
  every other QA tool (`bot.samples.tools`), each in two variant seeds;
- *tuned (council layouts)*: `bot.samples.councils`, families of layouts
  modelled on tools councils publish, for tuning the parser to forms
  unlike the sample builder's own (see bench/README.md);
- *held-out*: `bench/heldout/`, layouts modelled on tools councils publish,
  which the parser and its tests never see (see bench/README.md), in two
  parts: the families whose misses no one has read (`bench.heldout.UNREAD`,
  the clean figure for a council's form the parser has never met) and
  the families that have steered the parser, through their misses or
  through probes copying the shapes bench/README.md describes
  (*steered*).

A field is one key of the sample's `expected()`, except `section_grades`,
which counts one field per graded area (or one field, "no sections", when
the form grades none), and `extra`, which counts one field per key (or per
entry, where the value is a mapping). Section names are compared ignoring
case, spacing, a trailing colon and a leading number ("2.", "3a)" or "Section 2:");
every other value is compared exactly. Summaries are compared as
`tests/forms_helpers.py` does: `moderated` is true when the output has
moderator comments or a moderated grade; `action_count`,
`action_due_dates`, `strength_count` and `development_area_count` come
from the lists of the same names.

It also counts, per corpus, the files in whose JSON any of the sample's
personal data appears (case-insensitively, as a whole word) and the
warnings, with each distinct text counted. The exit code is always 0: this
is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 20)
TUNED = "tuned"
COUNCIL_LAYOUTS = "tuned (council layouts)"
HELD_OUT = "held-out (steered)"
UNREAD = "held-out (never read)"
# How the tuned corpus is drawn: forms and tools from fixed seeds, each drawn
# in two variant seeds (wording, grade and date spellings, look) unless
# --variants says otherwise.
TUNED_FORMS = 84
TUNED_TOOLS_PER_KIND = 3
TUNED_VARIANTS = 2
XLSX = "xlsx"
# How the council-layout corpus is drawn: files of every family from one seed.
COUNCIL_SEED = 1
COUNCIL_PER_FAMILY = 13
SHOWN_WARNINGS = 20


@dataclass
class Case:
    """One file to parse and the truth it was built from."""

    corpus: str
    layout: str
    name: str
    data: bytes
    truth: dict[str, Any]
    personal: list[str]

    @property
    def kind(self) -> str:
        return self.truth["form"]


@dataclass
class FieldResult:
    """One compared field: `table` is the row of the per-field table it counts in."""

    table: str
    name: str
    right: bool
    expected: Any
    got: Any


@dataclass
class Measured:
    """What one corpus scored."""

    corpus: str
    files: int = 0
    fields: list[tuple[Case, FieldResult]] = field(default_factory=list)
    leaking: list[tuple[Case, list[str]]] = field(default_factory=list)
    warnings: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    not_ok: int = 0
    unbuilt: list[str] = field(default_factory=list)
    seconds_building: float = 0.0
    seconds_parsing: float = 0.0

    @property
    def right(self) -> int:
        return sum(result.right for _, result in self.fields)


# --- the corpora ----------------------------------------------------------------


def tuned_cases(unbuilt: list[str], variants: int = TUNED_VARIANTS) -> list[Case]:
    """The sample builder's forms and tools, every layout and Excel in turn,
    each sample drawn in `variants` variant seeds."""
    from bot.samples import LAYOUTS, build_docx, build_xlsx, sample_forms
    from bot.samples.tools import build_tool_docx, build_tool_xlsx, tool_samples

    layouts = (*LAYOUTS, XLSX)
    cases = []
    drawn = [(sample, build_docx, build_xlsx)
             for sample in sample_forms(TUNED_FORMS, seed=101, today=TODAY, feedback_question=True)]
    drawn += [(sample, build_tool_docx, build_tool_xlsx)
              for sample in tool_samples(TUNED_TOOLS_PER_KIND, seed=202, today=TODAY)]
    for index, (sample, docx_builder, xlsx_builder) in enumerate(drawn):
        for step, variant in enumerate(range(1, variants + 1)):
            layout = layouts[(index + step) % len(layouts)]
            seed = variant * 1000 + index
            name = f"tuned {index:03d}-{variant} {sample.kind} {layout}.{'xlsx' if layout == XLSX else 'docx'}"
            try:
                if layout == XLSX:
                    data = xlsx_builder(sample, variant_seed=seed)
                else:
                    data = docx_builder(sample, layout, variant_seed=seed)
            except Exception as problem:  # a builder bug must not stop the measurement
                unbuilt.append(f"{name}: {problem!r}")
                continue
            cases.append(Case(TUNED, layout, name, data, sample.expected(), list(sample.personal_data())))
    return cases


def council_cases(unbuilt: list[str], per_family: int = COUNCIL_PER_FAMILY) -> list[Case]:
    """The council-layout families of `bot.samples.councils`, `per_family` files each."""
    from bot.samples.councils import FAMILIES, council_corpus

    cases = []
    for family in FAMILIES:
        try:
            forms = council_corpus(COUNCIL_SEED, per_family, today=TODAY, families=(family,))
        except Exception as problem:  # a builder bug must not stop the measurement
            unbuilt.append(f"{family.FAMILY}: {problem!r}")
            continue
        cases += [Case(COUNCIL_LAYOUTS, form.family, form.filename, form.data, form.expected, list(form.personal_data))
                  for form in forms]
    return cases


def held_out_cases(unbuilt: list[str], *, unread: bool = False) -> list[Case]:
    """The held-out layouts of bench/heldout/: the families whose misses
    have been read, or (`unread`) those whose misses no one has read."""
    from bench.heldout import UNREAD as UNREAD_FAMILIES

    forms = [form for form in _held_out_forms(unbuilt) if (form.family in UNREAD_FAMILIES) == unread]
    return [Case(UNREAD if unread else HELD_OUT, form.family, form.filename, form.data, form.truth,
                 list(form.personal)) for form in forms]


_BUILT: dict[str, list] = {}


def _held_out_forms(unbuilt: list[str]) -> list:
    """bench/heldout's files, built once for both parts of the corpus."""
    from bench.heldout import build_corpus

    if "forms" not in _BUILT:
        problems: list[str] = []
        _BUILT["forms"] = build_corpus(TODAY, problems=problems)
        unbuilt += problems
    return _BUILT["forms"]


def unread_cases(unbuilt: list[str]) -> list[Case]:
    return held_out_cases(unbuilt, unread=True)


# --- comparing ------------------------------------------------------------------

SUMMARIES = {
    "moderated": lambda result: bool(result.get("moderator_comments") or result.get("moderated_grade")),
    "action_count": lambda result: len(result.get("actions") or []),
    "action_due_dates": lambda result: [action.get("due") for action in result.get("actions") or []],
    "strength_count": lambda result: len(result.get("strengths") or []),
    "development_area_count": lambda result: len(result.get("development_areas") or []),
}
# ("A. Time with the child": an area lettered as others are numbered; "3a)
# Recognising risk": numbered and lettered.)
_NUMBERED_BY = r"(?:section|part|area|standard|domain|element|theme|stage|step|kloe|criterion|question|prompt)"
# ("Prompt A – The worries": a letter after the word numbers as well; so
# does "C.1 The child's lived experience", the part's letter, a dot, then
# the number.)
_SECTION_NUMBER = re.compile(rf"^(?:{_NUMBERED_BY}\s+)?\(?(?:[a-z]{{1,2}}\.?\d+|\d+[a-z]?)(?:\.\d+)*"
                             r"[.):]?\s*[-\u2013:]?\s*|^[a-z][.)]\s+"
                             rf"|^{_NUMBERED_BY}\s+[a-z][.):]?\s*[-\u2013:]\s*", re.IGNORECASE)


def section_key(name: str) -> str:
    """A section name as compared: case, spacing, numbering and a trailing colon ignored."""
    folded = " ".join(str(name).split()).casefold().rstrip(":").strip()
    return _SECTION_NUMBER.sub("", folded).strip()


def compare(truth: dict[str, Any], result: dict[str, Any]) -> list[FieldResult]:
    """Every field of `truth` (a sample's `expected()`) against `result`
    (a `ParsedForm.to_json()`), in the order of `truth`."""
    compared = []
    for key, expected in truth.items():
        if key == "section_grades":
            compared += _compare_sections(expected, result.get("section_grades") or {})
        elif key == "extra":
            compared += _compare_extra(expected, result.get("extra") or {})
        elif key in SUMMARIES:
            got = SUMMARIES[key](result)
            compared.append(FieldResult(key, key, got == expected, expected, got))
        else:
            got = result.get(key)
            compared.append(FieldResult(key, key, got == expected, expected, got))
    return compared


@lru_cache(maxsize=1)
def _sections_configured():
    from bot.forms import load_definitions

    return load_definitions(ROOT / "config" / "forms.yaml")


def _area_key(name: str) -> str:
    """An area's name as compared: `section_key`, after the name
    `config/forms.yaml`'s `sections` maps it on to (the bot reports
    "Quality of assessment" as "Assessment" by design, so the reports count
    one area under one name)."""
    plain = _SECTION_NUMBER.sub("", " ".join(str(name).split())).strip()
    return section_key(_sections_configured().canonical_section(plain) or name)


def _compare_sections(expected: dict[str, str], got: dict[str, str]) -> list[FieldResult]:
    if not expected:
        return [FieldResult("section_grades (none graded)", "section_grades", not got, {}, got)]
    found = {section_key(name): grade for name, grade in got.items()}

    def read(name: str) -> str | None:
        return found.get(section_key(name), found.get(_area_key(name)))

    return [FieldResult("section_grades", f"section_grades[{name}]", read(name) == grade, grade, read(name))
            for name, grade in expected.items()]


def _compare_extra(expected: dict[str, Any], got: dict[str, Any]) -> list[FieldResult]:
    compared = []
    for key, value in expected.items():
        if isinstance(value, dict):
            read = got.get(key) if isinstance(got.get(key), dict) else {}
            compared += [FieldResult(f"extra.{key}", f"extra.{key}[{entry}]", read.get(entry) == wanted,
                                     wanted, read.get(entry)) for entry, wanted in value.items()]
        else:
            compared.append(FieldResult(f"extra.{key}", f"extra.{key}", got.get(key) == value, value, got.get(key)))
    return compared


def leaked(personal: list[str], text: str) -> list[str]:
    """The items of `personal` found in `text` as whole words, ignoring case."""
    found = []
    for item in dict.fromkeys(item.strip() for item in personal if item and item.strip()):
        if re.search(rf"(?<!\w){re.escape(item)}(?!\w)", text, re.IGNORECASE):
            found.append(item)
    return found


# --- measuring ------------------------------------------------------------------


def measure(corpus: str, build, definitions) -> tuple[Measured, list[Case]]:
    from bot.forms import parse_bytes

    measured = Measured(corpus)
    started = time.perf_counter()
    cases = build(measured.unbuilt)
    measured.seconds_building = time.perf_counter() - started
    started = time.perf_counter()
    for case in cases:
        result = parse_bytes(case.data, case.name, definitions).to_json()
        measured.files += 1
        measured.not_ok += not result.get("ok")
        measured.fields += [(case, compared) for compared in compare(case.truth, result)]
        found = leaked(case.personal, json.dumps(result, ensure_ascii=False))
        if found:
            measured.leaking.append((case, found))
        measured.warnings.update(result.get("warnings") or [])
        measured.errors.update(result.get("errors") or [])
    measured.seconds_parsing = time.perf_counter() - started
    return measured, cases


def percentage(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f} %" if total else "    –  "


def by_table(measured: Measured) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, result in measured.fields:
        counts[result.table][0] += result.right
        counts[result.table][1] += 1
    return {name: (right, total) for name, (right, total) in counts.items()}


def by_layout(measured: Measured) -> dict[str, tuple[int, int, int]]:
    """Per layout: files, fields right, fields."""
    counts: dict[str, list] = defaultdict(lambda: [set(), 0, 0])
    for case, result in measured.fields:
        counts[case.layout][0].add(case.name)
        counts[case.layout][1] += result.right
        counts[case.layout][2] += 1
    return {layout: (len(files), right, total) for layout, (files, right, total) in counts.items()}


# --- printing -------------------------------------------------------------------


def shorten(value: Any, width: int = 90) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def print_summary(results: list[Measured]) -> None:
    width = max(10, *(len(measured.corpus) for measured in results))
    print(f"{'corpus':<{width}} {'files':>5} {'fields':>7} {'right':>7} {'accuracy':>9}  "
          f"{'leaking files':>13}  {'not ok':>6}  {'warnings':>8}")
    for measured in results:
        print(f"{measured.corpus:<{width}} {measured.files:>5} {len(measured.fields):>7} {measured.right:>7} "
              f"{percentage(measured.right, len(measured.fields)):>9}  {len(measured.leaking):>13}  "
              f"{measured.not_ok:>6}  {sum(measured.warnings.values()):>8}")
    for measured in results:
        for problem in measured.unbuilt:
            print(f"  not built ({measured.corpus}): {problem}")


def print_fields(results: list[Measured]) -> None:
    tables = [by_table(measured) for measured in results]
    order: list[str] = []
    for table in tables:
        order += [name for name in table if name not in order]
    widths = [max(24, len(measured.corpus + " right/fields")) for measured in results]
    header = "".join(f"  {measured.corpus + ' right/fields':>{width}}" for measured, width in zip(results, widths))
    print(f"\n{'field':<32}{header}")
    for name in order:
        cells = ""
        for table, width in zip(tables, widths):
            right, total = table.get(name, (0, 0))
            cells += f"  {f'{right}/{total}':>{width - 10}} {percentage(right, total):>9}" if total else f"  {'–':>{width}}"
        print(f"{name:<32}{cells}")


def print_layouts(measured: Measured) -> None:
    label = "layout" if measured.corpus == TUNED else "family"
    print(f"\n{measured.corpus} by {label}:")
    for layout, (files, right, total) in sorted(by_layout(measured).items()):
        print(f"  {layout:<26} {files:>4} files  {right:>5}/{total:<5} {percentage(right, total)}")


def message_shape(text: str) -> str:
    """A warning with what varies from form to form (quoted values, the
    list after a colon) replaced by "…", so that texts saying the same
    thing are counted together."""
    quoted = r"(?<!\w)'[^']*'(?!\w)"
    shape = re.sub(rf"{quoted}(?:\s+and\s+{quoted})*", "'…'", text)
    head, colon, rest = shape.partition(": ")
    return f"{head}: …" if colon and len(rest) > 40 and not head.endswith(".") else shape


def print_messages(title: str, messages: Counter) -> None:
    """Messages grouped by shape, most frequent first: count, distinct texts, one example."""
    groups: dict[str, Counter] = defaultdict(Counter)
    for text, count in messages.items():
        groups[message_shape(text)][text] += count
    print(f"{title}: {sum(messages.values())} in all, {len(messages)} distinct texts; by kind "
          "(count, distinct texts, text):")
    ranked = sorted(groups.items(), key=lambda item: -sum(item[1].values()))
    for shape, texts in ranked[:SHOWN_WARNINGS]:
        print(f"  {sum(texts.values()):>4} {len(texts):>4}  {shorten(shape, 150)}")
    if len(ranked) > SHOWN_WARNINGS:
        print(f"  ... and {len(ranked) - SHOWN_WARNINGS} more kinds")


def print_warnings(measured: Measured) -> None:
    print()
    print_messages(f"{measured.corpus} warnings on {measured.files} files", measured.warnings)
    if measured.errors:
        print_messages(f"{measured.corpus} errors ({measured.not_ok} files not ok)", measured.errors)


def print_misses(measured: Measured) -> None:
    misses = [(case, result) for case, result in measured.fields if not result.right]
    label = "layout" if measured.corpus == TUNED else "family"
    print(f"\n{measured.corpus} misses ({len(misses)}): {label} | kind | field | expected | got | file")
    for case, result in misses:
        print(f"  {case.layout} | {case.kind} | {result.name} | {shorten(result.expected)} | "
              f"{shorten(result.got)} | {case.name}")
    for case, found in measured.leaking:
        print(f"  {case.layout} | {case.kind} | personal data in the output | {shorten(found)} | | {case.name}")
    print(f"\n{measured.corpus} warnings, every distinct text:")
    for text, count in measured.warnings.most_common():
        print(f"  {count:>4}  {text}")


def parser_version() -> str:
    """The last commit that changed the parser or its configuration, and
    whether the working tree differs from it."""

    def git(*arguments: str) -> str:
        return subprocess.run(["git", "-C", str(ROOT), *arguments], capture_output=True, text=True,
                              check=True).stdout.strip()

    try:
        commit = git("log", "-1", "--format=%h", "--", "bot/forms", "config")
        dirty = git("status", "--porcelain", "--", "bot/forms", "config")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"bot/forms and config as of {commit}{', with uncommitted changes' if dirty else ''}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true",
                        help="print every miss on the tuned corpora (the sample builder's and the council layouts)")
    parser.add_argument("--held-out-misses", action="store_true",
                        help="print every miss on the steered held-out families; a family in "
                             "bench.heldout.UNREAD leaves that set before its misses are read")
    parser.add_argument("--variants", type=int, default=TUNED_VARIANTS,
                        help=f"variant seeds per tuned sample (default {TUNED_VARIANTS}); more finds rarer misses")
    parser.add_argument("--per-family", type=int, default=COUNCIL_PER_FAMILY,
                        help=f"files per council-layout family (default {COUNCIL_PER_FAMILY})")
    arguments = parser.parse_args()

    from bot.forms import load_definitions

    definitions = load_definitions(ROOT / "config" / "forms.yaml")
    print(f"Form parser accuracy; {parser_version()}")
    results = []
    def tuned(unbuilt: list[str]) -> list[Case]:
        return tuned_cases(unbuilt, max(1, arguments.variants))

    def councils(unbuilt: list[str]) -> list[Case]:
        return council_cases(unbuilt, max(1, arguments.per_family))

    for corpus, build in ((TUNED, tuned), (COUNCIL_LAYOUTS, councils), (HELD_OUT, held_out_cases),
                          (UNREAD, unread_cases)):
        measured, _ = measure(corpus, build, definitions)
        results.append(measured)
        print(f"  {corpus}: built {measured.files} files in {measured.seconds_building:.1f} s, "
              f"parsed in {measured.seconds_parsing:.1f} s", file=sys.stderr)
    print()
    print_summary(results)
    print_fields(results)
    for measured in results:
        print_layouts(measured)
    for measured in results:
        print_warnings(measured)
    if arguments.misses:
        print_misses(results[0])
        print_misses(results[1])
    if arguments.held_out_misses:
        print_misses(results[2])
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception:  # a measurement: report the failure, exit 0 all the same
        import traceback

        traceback.print_exc()
    sys.exit(0)
