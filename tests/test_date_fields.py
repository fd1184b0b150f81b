"""Every date and time field selects the part clicked, so typed digits replace
it: fields are made by ui/date_time_edits.py or ui/calendar/fields.py, which
do that, never with Qt's bare constructors (a click then puts the cursor
inside "10" and a typed digit is refused)."""

import re
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "mottagning" / "ui"
MAKERS = {"date_time_edits.py", "calendar/fields.py"}
BARE = re.compile(r"\bQ(?:Date|Time|DateTime)Edit\(")


def test_no_date_or_time_field_is_made_with_qts_bare_constructor():
    offenders = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.relative_to(UI).as_posix() not in MAKERS
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if BARE.search(line)
    ]
    assert not offenders, f"use date_edit() or DateField/QuarterTimeEdit: {offenders}"
