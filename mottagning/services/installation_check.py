"""Does this installation have everything it needs? `mottagning-admin selftest`.

A frozen build leaves out whatever its imports do not show (a country module
holidays finds by name, gettext catalogues, reportlab's fonts, a cffi binding),
and the gap shows only when a user reaches it. Each check here uses one such
part the way the program does, so IT can run it after installing and the
installer's tests run it on the frozen build. No clinic data is touched: the
database check makes a throw-away database in a temporary folder.
"""

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def _sqlcipher() -> str:
    from mottagning.storage.crypto import random_key  # noqa: PLC0415 (each check loads its own)
    from mottagning.storage.database import Database  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="mottagning-check-") as folder:
        path = Path(folder) / "check.db"
        key = random_key()
        database = Database.open(path, key, create=True)
        version = str(database.scalar("PRAGMA cipher_version"))
        database.execute("CREATE TABLE t (x TEXT)")
        database.execute("INSERT INTO t VALUES ('Åsa')")
        database.close()
        if b"SQLite format 3" in path.read_bytes()[:16]:
            raise AssertionError("the database file is not encrypted")
        reopened = Database.open(path, key)
        value = reopened.scalar("SELECT x FROM t")
        reopened.close()
        if value != "Åsa":
            raise AssertionError(f"read back {value!r}")
    return f"SQLCipher {version}, encrypted file written and read back"


def _argon2_and_aes() -> str:
    from mottagning.storage.crypto import (  # noqa: PLC0415
        derive_from_password,
        random_salt,
        unwrap,
        wrap,
    )
    from mottagning.storage.kdf import KdfParams  # noqa: PLC0415

    key = derive_from_password("ett lösenord", random_salt(), KdfParams(1, 1024, 1))
    nonce, wrapped = wrap(key, b"secret", b"check")
    if unwrap(key, nonce, wrapped, b"check") != b"secret":
        raise AssertionError("AES-GCM did not give back what it sealed")
    return "Argon2id key derived, AES-GCM sealed and opened"


def _password_rules() -> str:
    from zxcvbn import zxcvbn  # noqa: PLC0415

    from mottagning.errors import UserError  # noqa: PLC0415
    from mottagning.services.password_policy import check_password, swedish_blocklist  # noqa: PLC0415

    if zxcvbn("password1234567")["score"] > 1:
        raise AssertionError("zxcvbn found a common password strong")
    try:
        check_password("sommar sommar sommar")
    except UserError:
        pass
    else:
        raise AssertionError("a guessable password was accepted")
    return f"zxcvbn and the Swedish list ({len(swedish_blocklist())} words)"


def _holidays() -> str:
    from mottagning.services.closed_days import swedish_closed_days  # noqa: PLC0415

    swedish = set(swedish_closed_days(2026, "sv").values())
    english = set(swedish_closed_days(2026, "en").values())
    for name, names in (("Midsommarafton", swedish), ("Midsummer Eve", english)):
        if name not in names:
            raise AssertionError(f"no {name} in 2026")
    ZoneInfo("Europe/Stockholm")
    return f"{len(swedish)} closed days in 2026, named in Swedish and English; time zones"


def _questionnaires() -> str:
    from mottagning.scoring.instruments import all_instruments  # noqa: PLC0415
    from mottagning.services.note_templates import default_templates  # noqa: PLC0415

    count = len(all_instruments())
    if count < 13:
        raise AssertionError(f"only {count} questionnaires")
    return f"{count} questionnaires, {len(default_templates())} note templates"


def _pdf() -> str:
    """A referral rendered with the shipped font, and its page drawn in memory
    (what the preview and printing need: reportlab, the font, pypdfium2)."""
    from datetime import date  # noqa: PLC0415

    from reportlab import Version  # noqa: PLC0415

    from mottagning.models.letters import Letterhead, ReferralContent  # noqa: PLC0415
    from mottagning.reports.pages import page_images  # noqa: PLC0415
    from mottagning.reports.referral import render_referral  # noqa: PLC0415

    head = Letterhead("Mottagningen", "Storgatan 1", "036-10 00 00")
    document = render_referral(
        ReferralContent("sv", head, "Vårdcentralen", "", date(2026, 1, 1), "Åsa Öberg", "", "",
                        "", "", "Frågeställning?", "", "", "", "", "Självtest", "")
    )  # fmt: skip
    if not document.pdf.startswith(b"%PDF") or not page_images(document.pdf, 36):
        raise AssertionError("not a PDF")
    return f"reportlab {Version}: a referral with Swedish letters, previewed in memory"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("database", _sqlcipher),
    ("keys", _argon2_and_aes),
    ("passwords", _password_rules),
    ("calendar", _holidays),
    ("questionnaires", _questionnaires),
    ("letters", _pdf),
)


def run_checks() -> list[CheckResult]:
    results = []
    for name, check in CHECKS:
        try:
            results.append(CheckResult(name, True, check()))
        except Exception as error:  # a failed check is reported, not raised
            results.append(CheckResult(name, False, f"{type(error).__name__}: {error}"))
    return results
