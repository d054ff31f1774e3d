#!/usr/bin/env python3
"""QA bot command line. Run `python run_bot.py --help` for the commands."""

import sys

if sys.version_info < (3, 11):
    sys.exit("The QA bot needs Python 3.11 or newer; this is Python "
             f"{sys.version_info.major}.{sys.version_info.minor}.")

from bot.cli import main  # noqa: E402  (after the version check, on purpose)

if __name__ == "__main__":
    sys.exit(main())
