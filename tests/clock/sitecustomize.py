"""Move every Python process of a test run to another moment.

With this folder on `PYTHONPATH` and `QA_BOT_CLOCK` set to an ISO moment
(`2030-10-27T01:30:00+01:00`), Python imports this module at start-up and
starts `time-machine`'s travel to that moment, ticking on from there. The
test process and every bot process it starts (they inherit the environment)
share one shift: the first process records the real time it set out in
`QA_BOT_CLOCK_ANCHOR`, and each later one lands where the first has got to
by then, so a file written by one and read by another keeps its order.

Only the wall clock moves (`time.time`, `datetime.now`, `date.today`);
monotonic clocks, sleeps and thread waits are left alone, so the parser pool
and the scheduler behave as they do on any day. `.ci/run` uses this to run
the whole suite far from today, so a test that depends on the real date
fails the day it is written. A file's modification time is set by the
operating system, not by Python, so code that must agree with the moved
clock (a Maildir delivery) sets it explicitly.
"""

import os

_DESTINATION = os.environ.get("QA_BOT_CLOCK")

if _DESTINATION:
    import time
    from datetime import datetime, timedelta

    import time_machine

    _real_now = time.time()
    _anchor = float(os.environ.setdefault("QA_BOT_CLOCK_ANCHOR", repr(_real_now)))
    _moment = datetime.fromisoformat(_DESTINATION)
    if _moment.tzinfo is None:
        raise SystemExit(f"QA_BOT_CLOCK={_DESTINATION!r} needs a UTC offset, for example +01:00")
    time_machine.travel(_moment + timedelta(seconds=_real_now - _anchor), tick=True).start()
