"""The command line: the GUI by default, and headless commands for IT and scripts.

    mottagning [--data-dir DIR] [--demo] [--language sv|en]
    mottagning-admin COMMAND ...   (the same commands, from a console program)
    mottagning init   --data-dir DIR --clinic-name NAME --lead-username U --lead-name NAME
    mottagning demo   --data-dir DIR
    mottagning verify --data-dir DIR --user U
    mottagning selftest
    mottagning stats  --data-dir DIR --user U --year Y --format xlsx|csv|pdf --out FILE [--final]
    mottagning backup create|list|verify|restore --data-dir DIR [--to DIR] [--from BACKUP]
    mottagning server init --dsn DSN
    mottagning server devices --dsn DSN
    mottagning server remove-device --dsn DSN --device ID
    mottagning sync connect --data-dir DIR --user U --dsn DSN
    mottagning sync copy --data-dir DIR --user U --to NEWDIR
    mottagning sync now --data-dir DIR --user U

Passwords come from `--password-file`, the MOTTAGNING_PASSWORD environment
variable, or a prompt, in that order. Nothing here imports Qt: app.py passes in
a `translate` function so that messages appear in the user's language.
"""

import argparse
import getpass
import logging
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mottagning import __version__
from mottagning.diagnostics import configure_logging, stop_logging_to
from mottagning.errors import PasswordFileNotText, PasswordMismatch, UserError
from mottagning.i18n import Translate
from mottagning.models.clinic import ClinicDetails
from mottagning.models.users import NewUser, Role
from mottagning.paths import AppPaths
from mottagning.services.clock import SystemClock
from mottagning.storage.files import ClinicFiles, storage_errors

log = logging.getLogger(__name__)

PASSWORD_ENV = "MOTTAGNING_PASSWORD"
if TYPE_CHECKING:
    from mottagning.services.restore import RestoreAuthority

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_BACKUP_DAMAGED = 0, 1, 2, 3


def text_argument(text: str) -> str:
    """Text as typed; bytes the terminal could not decode (they arrive as lone
    surrogates) and NUL characters cannot be stored, so they are refused here."""
    if "\x00" in text or any("\ud800" <= ch <= "\udfff" for ch in text):
        raise argparse.ArgumentTypeError(
            "not valid text: check that the terminal uses UTF-8, and retype it"
        )
    return text


def folder_argument(text: str) -> Path:
    if not text_argument(text).strip():
        raise argparse.ArgumentTypeError("an empty folder name")
    return Path(text)


GUI_PROGRAM, ADMIN_PROGRAM = "mottagning", "mottagning-admin"


def build_parser(prog: str = GUI_PROGRAM) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Mottagning: encrypted records and calendar for a MIKA/KAST reception.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=folder_argument, help="the clinic's data folder")
    parser.add_argument("--verbose", action="store_true", help="more detail in the log file")
    parser.add_argument("--language", choices=("sv", "en"), help="override the language")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on a demo clinic with synthetic data (a fresh temporary one "
        "unless --data-dir names a folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create a new clinic database non-interactively")
    init.add_argument("--data-dir", type=folder_argument, required=True, dest="command_data_dir")
    init.add_argument("--clinic-name", required=True, type=text_argument)
    init.add_argument(
        "--address", default="", type=text_argument, help="postal address, printed on letters"
    )
    init.add_argument("--phone", default="", type=text_argument)
    init.add_argument(
        "--lead-username",
        required=True,
        type=text_argument,
        help="the first clinic lead's user name",
    )
    init.add_argument(
        "--lead-name", required=True, type=text_argument, help="the clinic lead's full name"
    )
    init.add_argument("--lead-title", default="Enhetschef", type=text_argument)
    _password_source(init)

    demo = commands.add_parser("demo", help="create a demo clinic filled with synthetic data")
    demo.add_argument("--data-dir", type=folder_argument, required=True, dest="command_data_dir")

    verify = commands.add_parser(
        "verify", help="check encryption, integrity, schema and the access-log chain"
    )
    verify.add_argument("--data-dir", type=folder_argument, dest="command_data_dir")
    verify.add_argument("--user", required=True, type=text_argument, help="any account's user name")
    verify.add_argument(
        "--anchor",
        type=folder_argument,
        help="an anchor file (from a backup or the printed log review) to compare the "
        "access log with: finds a data folder put back to an older state",
    )
    _password_source(verify)

    commands.add_parser(
        "selftest",
        help="check that this installation has every part it needs (touches no clinic data)",
    )
    stats = commands.add_parser(
        "stats", help="the yearly numbers for the council, small counts hidden (clinic lead)"
    )
    stats.add_argument("--data-dir", type=folder_argument, dest="command_data_dir")
    stats.add_argument(
        "--user", required=True, type=text_argument, help="a clinic lead's user name"
    )
    stats.add_argument("--year", required=True, type=_year_argument)
    stats.add_argument("--format", required=True, choices=("xlsx", "csv", "pdf"))
    stats.add_argument("--out", required=True, type=folder_argument, help="the file to write")
    stats.add_argument(
        "--final",
        action="store_true",
        help="freeze the year's report the first time; afterwards export the frozen one, "
        "byte for byte the same",
    )
    stats.add_argument(
        "--introduction-file",
        type=folder_argument,
        help="the lead's introduction (UTF-8 text) for the report's title page",
    )
    _password_source(stats)
    _backup_commands(commands)
    _server_and_sync_commands(commands)
    from mottagning.cli_retention import add_retention_command  # noqa: PLC0415 (imports this module)

    add_retention_command(commands)
    return parser


def _year_argument(text: str) -> int:
    if not text.isdigit() or not 2000 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError("a year such as 2025")
    return int(text)


def _password_source(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--password-file",
        type=folder_argument,
        help=f"read the password from the first line of this file (else ${PASSWORD_ENV}, "
        "else a prompt)",
    )


def data_dir_of(args: argparse.Namespace) -> Path | None:
    chosen: Path | None = getattr(args, "command_data_dir", None) or args.data_dir
    return chosen


class Console:
    """Where a command writes, and how it asks for a password."""

    def __init__(
        self,
        translate: Translate,
        out: TextIO | None = None,
        err: TextIO | None = None,
        ask: Callable[[str], str] = getpass.getpass,
    ) -> None:
        self.translate = translate
        self._out = out  # None: whatever sys.stdout is when printing
        self._err = err
        self.ask = ask

    def say(self, text: str) -> None:
        print(text, file=self._out or sys.stdout)

    def complain(self, text: str) -> None:
        print(text, file=self._err or sys.stderr)


def read_password(args: argparse.Namespace, console: Console, *, confirm: bool) -> str:
    if args.password_file is not None:
        try:
            lines = args.password_file.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            raise PasswordFileNotText(file=str(args.password_file)) from None
        return lines[0] if lines else ""
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV]
    password = console.ask(console.translate("Cli", "Password: "))
    if confirm and console.ask(console.translate("Cli", "Repeat the password: ")) != password:
        raise PasswordMismatch()
    return password


def run_command(args: argparse.Namespace, paths: AppPaths, console: Console) -> int:
    """Run a headless command; returns the exit code. User errors are explained.

    A command that creates a clinic (init, demo) and fails removes the folder
    it made, logs and all. Each command imports what it needs itself: the
    desktop application starts through this module too, and must not wait for
    what only commands use."""
    if args.command == "server":
        return _server(args, console)
    files = ClinicFiles(paths.data_dir, paths.login_throttle_copy)
    creates = args.command in ("init", "demo")
    made_folder = creates and not os.path.lexists(paths.data_dir)
    commands = {
        "init": _init,
        "demo": _demo,
        "verify": _verify,
        "selftest": _selftest,
        "stats": _stats,
        "backup": _backup,
        "sync": _sync,
        "retention": _retention,
    }
    try:
        try:
            with storage_errors(paths.log_dir):
                configure_logging(paths.log_dir, verbose=args.verbose)
            log.info("Mottagning %s: command %s", __version__, args.command)
            return commands[args.command](args, files, console)
        except BaseException:
            if made_folder:
                _remove_folder_made_by(paths)
            raise
    except UserError as error:
        console.complain(error.describe(console.translate))
        damaged = type(error).__name__ in ("BackupDamaged", "BackupVerificationFailed")
        return EXIT_BACKUP_DAMAGED if damaged else EXIT_PROBLEM
    except OSError as error:
        console.complain(
            console.translate("Cli", "Could not read {file}: {reason}").format(
                file=error.filename, reason=error.strerror
            )
        )
        return EXIT_PROBLEM


def _retention(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.cli_retention import run_retention  # noqa: PLC0415 (see run_command)

    return run_retention(args, files, console)


def _remove_folder_made_by(paths: AppPaths) -> None:
    """Take away what a failed init or demo made, the log file with it."""
    stop_logging_to(paths.log_dir)
    shutil.rmtree(paths.data_dir, ignore_errors=True)


def _init(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.services.setup import create_clinic, root_fingerprint  # noqa: PLC0415

    translate = console.translate
    password = read_password(args, console, confirm=True)
    recovery_key = create_clinic(
        files,
        ClinicDetails(args.clinic_name, args.address.replace("\\n", "\n"), args.phone),
        NewUser(args.lead_username, args.lead_name, args.lead_title, Role.LEAD),
        password,
        SystemClock(),
    )
    console.say(
        translate("Cli", "Created the clinic database in {folder}.").format(folder=files.data_dir)
    )
    console.say(
        translate("Cli", "The clinic lead can now log in as {username}.").format(
            username=args.lead_username.strip().lower()
        )
    )
    console.say("")
    console.say(
        translate(
            "Cli",
            "RECOVERY KEY (shown only this once). Print it or write it down, "
            "and keep it locked away:",
        )
    )
    console.say("")
    console.say(f"    {recovery_key.formatted()}")
    console.say("")
    console.say(
        translate(
            "Cli",
            "The clinic's root key has the fingerprint below. Write it on the same paper: "
            "comparing it later shows that no one has replaced the keys that vouch for "
            "the access log.",
        )
    )
    console.say(f"    {root_fingerprint(files)}")
    console.say("")
    console.say(
        translate(
            "Cli",
            "With it a clinic lead can regain access if every lead password "
            "is lost. Anyone holding it can open the database.",
        )
    )
    return EXIT_OK


def _demo(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.demo.accounts import DEMO_ACCOUNTS  # noqa: PLC0415 (see run_command)
    from mottagning.demo.clinic import create_demo_clinic  # noqa: PLC0415

    translate = console.translate
    create_demo_clinic(files, SystemClock())
    console.say(
        translate("Cli", "Created a demo clinic with synthetic data in {folder}.").format(
            folder=files.data_dir
        )
    )
    console.say(translate("Cli", "Demo accounts (user name / password / role):"))
    for account in DEMO_ACCOUNTS[:3]:
        role = account.role.label.translated(translate)
        console.say(f"    {account.username:<14} {account.password:<26} {role}")
    return EXIT_OK


def _verify(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.services.authentication import Authenticator  # noqa: PLC0415
    from mottagning.services.verification import verify_clinic  # noqa: PLC0415
    from mottagning.storage.anchors import read_anchor  # noqa: PLC0415

    translate = console.translate
    if not files.clinic_exists():
        console.complain(
            translate("Cli", "No clinic database in {folder}.").format(folder=files.data_dir)
        )
        return EXIT_PROBLEM
    anchor = None
    if args.anchor is not None:
        try:
            anchor = read_anchor(args.anchor)
        except (ValueError, UnicodeDecodeError):
            console.complain(
                translate("Cli", "{file} is not an anchor file.").format(file=args.anchor)
            )
            return EXIT_PROBLEM
    gate = Authenticator(files, SystemClock())
    credential = gate.check_password(args.user, read_password(args, console, confirm=False))
    report = verify_clinic(files, credential, SystemClock(), gate.workstation, anchor)
    if report.schema_version is not None:
        console.say(
            translate("Cli", "Schema version: {version}").format(version=report.schema_version)
        )
    for chain in report.chains:
        console.say(
            translate("Cli", "Access log: {count} entries checked").format(
                count=chain.entries_checked
            )
        )
    for warning in report.warnings:
        console.say(translate("Cli", "Note: {text}").format(text=warning))
    if report.ok:
        console.say(
            translate(
                "Cli", "OK: the database is encrypted, intact and its access log is unbroken."
            )
        )
        return EXIT_OK
    console.say(translate("Cli", "PROBLEMS FOUND:"))
    for problem in report.problems:
        console.say(f"  - {problem}")
    for chain in report.chains:
        if chain.first_broken_seq is not None:
            console.say(
                translate("Cli", "The first broken access-log entry is number {seq}.").format(
                    seq=chain.first_broken_seq
                )
            )
    return EXIT_PROBLEM


def _selftest(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.services.installation_check import run_checks  # noqa: PLC0415

    translate = console.translate
    results = run_checks()
    for result in results:
        status = translate("Cli", "OK") if result.ok else translate("Cli", "FAILED")
        console.say(f"{status:<8} {result.name:<15} {result.detail}")
    failed = [result.name for result in results if not result.ok]
    if failed:
        console.say(
            translate("Cli", "This installation is incomplete: {parts}.").format(
                parts=", ".join(failed)
            )
        )
        return EXIT_PROBLEM
    console.say(translate("Cli", "Everything this installation needs is in place."))
    return EXIT_OK


def _stats(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.models.yearly_numbers import Period  # noqa: PLC0415 (see run_command)
    from mottagning.reports.yearly.export_csv import export_csv  # noqa: PLC0415
    from mottagning.reports.yearly.export_pdf import export_pdf  # noqa: PLC0415
    from mottagning.reports.yearly.export_xlsx import export_xlsx  # noqa: PLC0415
    from mottagning.services.authentication import Authenticator  # noqa: PLC0415
    from mottagning.storage.preferences import LocalPreferences  # noqa: PLC0415

    translate = console.translate
    if not files.clinic_exists():
        console.complain(
            translate("Cli", "No clinic database in {folder}.").format(folder=files.data_dir)
        )
        return EXIT_PROBLEM
    introduction = ""
    if args.introduction_file is not None:
        try:
            introduction = args.introduction_file.read_text(encoding="utf-8").strip()
        except UnicodeDecodeError:
            raise PasswordFileNotText(file=str(args.introduction_file)) from None
    language = args.language or LocalPreferences(files.preferences).language() or "sv"
    gate = Authenticator(files, SystemClock())
    frozen_now = False
    try:
        session = gate.login(args.user, read_password(args, console, confirm=False))
        try:
            numbers = session.yearly_numbers
            if args.final:
                report, frozen_now = numbers.final(
                    args.year, translate, language=language, introduction=introduction
                )
            else:
                report = numbers.compute(
                    Period.year(args.year), translate, language=language, introduction=introduction
                )
            exporters = {"xlsx": export_xlsx, "csv": export_csv, "pdf": export_pdf}
            content = exporters[args.format](report)
            _write_file(args.out, content)
            numbers.record_export(report, args.format)
        finally:
            session.logout()
    finally:
        gate.close()
    if args.final and frozen_now:
        message = translate("Cli", "Froze the final report of {year} and wrote {file}.")
    elif args.final:
        message = translate("Cli", "Wrote the final report of {year}, as it was frozen, to {file}.")
    else:
        message = translate("Cli", "Wrote the preliminary report of {year} to {file}.")
    console.say(message.format(year=args.year, file=args.out))
    if report.unprotectable:
        console.say(
            translate(
                "Cli",
                "Note: {count} small counts could not be protected by hiding more cells; "
                "merge categories (see the report's note on small counts).",
            ).format(count=len(report.unprotectable))
        )
    return EXIT_OK


def _write_file(path: Path, content: bytes) -> None:
    """Whole or not at all: written beside the target, then renamed over it."""
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(content)
    partial.replace(path)


def _server_and_sync_commands(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]",
) -> None:
    server = commands.add_parser("server", help="set up the clinic server (PostgreSQL)")
    server_commands = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    server_init = server_commands.add_parser(
        "init", help="install the schema, roles and functions workstations sync through"
    )
    server_init.add_argument(
        "--dsn",
        required=True,
        type=text_argument,
        help="libpq connection string of the database, as its owner "
        "(e.g. 'host=db.kommun.se dbname=mottagning user=admin sslmode=verify-full')",
    )
    listing = server_commands.add_parser(
        "devices", help="list the workstations: role, registered, removed, changes pushed"
    )
    listing.add_argument("--dsn", required=True, type=text_argument)
    remove = server_commands.add_parser(
        "remove-device", help="refuse a workstation: it can neither push nor pull again"
    )
    remove.add_argument("--dsn", required=True, type=text_argument)
    remove.add_argument("--device", required=True, type=text_argument, help="the device id")

    sync = commands.add_parser("sync", help="sync this workstation through the clinic server")
    sync_commands = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    connect = sync_commands.add_parser(
        "connect", help="connect this workstation to the clinic server (a clinic lead)"
    )
    connect.add_argument(
        "--dsn", required=True, type=text_argument, help="this workstation's own connection string"
    )
    copy = sync_commands.add_parser(
        "copy", help="make the data folder of another workstation of this clinic (a clinic lead)"
    )
    copy.add_argument("--to", required=True, type=folder_argument, help="an empty folder")
    sync_commands.add_parser("now", help="push and pull now; exit 1 when the server is away")
    for command in (connect, copy, *sync_commands.choices.values()):
        if not any(a.dest == "command_data_dir" for a in command._actions):
            command.add_argument("--data-dir", type=folder_argument, dest="command_data_dir")
            command.add_argument("--user", required=True, type=text_argument)
            _password_source(command)


def _backup_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    backup = commands.add_parser("backup", help="make, list, check or restore backups")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="make a verified backup (a clinic lead)")
    create.add_argument("--data-dir", type=folder_argument, dest="command_data_dir")
    create.add_argument("--user", required=True, type=text_argument, help="a clinic lead")
    create.add_argument(
        "--to", type=folder_argument, help="this folder only (else the folders the lead chose)"
    )
    _password_source(create)
    listing = actions.add_parser("list", help="the backups in a folder, newest first")
    listing.add_argument("--data-dir", type=folder_argument, dest="command_data_dir")
    listing.add_argument(
        "--to", type=folder_argument, help="the backup folder (else the data folder's backups/)"
    )
    for name, text in (
        ("verify", "check a backup whole: hashes, encryption, integrity, anchor"),
        ("restore", "put a backup in place of the data folder's files (a clinic lead)"),
    ):
        command = actions.add_parser(name, help=text)
        command.add_argument("--data-dir", type=folder_argument, dest="command_data_dir")
        command.add_argument(
            "--from",
            type=folder_argument,
            required=True,
            dest="backup",
            help="the backup's folder (or its manifest.json)",
        )
        who = command.add_mutually_exclusive_group(required=True)
        who.add_argument("--user", type=text_argument, help="a clinic lead of the backup's time")
        who.add_argument(
            "--recovery-key-file",
            type=folder_argument,
            help="a file holding the clinic's printed recovery key",
        )
        _password_source(command)


def _backup(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    commands = {
        "create": _backup_create,
        "list": _backup_list,
        "verify": _backup_verify,
        "restore": _backup_restore,
    }
    return commands[args.backup_command](args, files, console)


def _backup_create(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.services.authentication import Authenticator  # noqa: PLC0415 (see run_command)

    if not files.clinic_exists():
        console.complain(
            console.translate("Cli", "No clinic database in {folder}.").format(
                folder=files.data_dir
            )
        )
        return EXIT_PROBLEM
    gate = Authenticator(files, SystemClock())
    try:
        session = gate.login(args.user, read_password(args, console, confirm=False))
        try:
            result = session.backups.create(lambda fraction, text: None, to=args.to)
        finally:
            session.logout()
    finally:
        gate.close()
    for backup in result.backups:
        console.say(
            console.translate("Cli", "Backup made and verified: {folder}").format(
                folder=backup.folder
            )
        )
    if result.removed:
        console.say(
            console.translate("Cli", "Older backups removed by the rotation: {count}").format(
                count=result.removed
            )
        )
    return EXIT_OK


def _backup_list(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.services.backups import backup_info  # noqa: PLC0415
    from mottagning.storage.backup_files import stored_backups  # noqa: PLC0415

    folder = args.to or files.backups
    backups = [backup_info(b) for b in stored_backups(folder)]
    if not backups:
        console.say(console.translate("Cli", "No backups in {folder}.").format(folder=folder))
        return EXIT_OK
    for info in backups:
        console.say(
            console.translate(
                "Cli", "{time}  {size}  {users} accounts  schema {schema}  {name}"
            ).format(
                time=f"{info.created_at:%Y-%m-%d %H:%M} UTC",
                size=f"{info.size / 1_000_000:.1f} MB",
                users=info.users,
                schema=info.schema_version,
                name=info.folder,
            )
        )
    return EXIT_OK


def _backup_authority(args: argparse.Namespace, console: Console) -> "RestoreAuthority":
    from mottagning.services.restore import RestoreAuthority  # noqa: PLC0415

    if args.recovery_key_file is not None:
        try:
            text = args.recovery_key_file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise PasswordFileNotText(file=str(args.recovery_key_file)) from None
        return RestoreAuthority(recovery_key=text.strip())
    return RestoreAuthority(args.user, read_password(args, console, confirm=False))


def _backup_verify(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.services.backup_check import check_backup  # noqa: PLC0415
    from mottagning.services.backups import load_backup  # noqa: PLC0415
    from mottagning.services.restore import database_key_for  # noqa: PLC0415
    from mottagning.storage.kdf import DEFAULT_KDF  # noqa: PLC0415

    del files
    backup = load_backup(args.backup)
    key, _ = database_key_for(backup, _backup_authority(args, console), DEFAULT_KDF)
    check = check_backup(backup, key)
    if check.ok:
        console.say(
            console.translate(
                "Cli",
                "OK: the backup {name} is whole, opens with the key and matches its "
                "manifest and anchor.",
            ).format(name=backup.name)
        )
        return EXIT_OK
    console.say(console.translate("Cli", "PROBLEMS FOUND:"))
    for problem in check.problems:
        console.say(f"  - {problem}")
    return EXIT_BACKUP_DAMAGED


def _backup_restore(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.services.restore import restore_backup  # noqa: PLC0415
    from mottagning.storage.instance_lock import InstanceLock  # noqa: PLC0415

    authority = _backup_authority(args, console)
    files.ensure_data_dir()
    with InstanceLock(files.instance_lock):  # not while the application has the clinic open
        outcome = restore_backup(files, args.backup, authority, SystemClock())
    console.say(
        console.translate("Cli", "Restored {name} into {folder}.").format(
            name=outcome.backup, folder=files.data_dir
        )
    )
    if outcome.before is not None:
        console.say(
            console.translate("Cli", "The files it replaced are kept in {folder}.").format(
                folder=outcome.before
            )
        )
    return EXIT_OK


def _server(args: argparse.Namespace, console: Console) -> int:
    """The clinic server's set-up: needs no clinic folder and no password of
    ours (the DSN names the database role; libpq reads its password the usual
    way, e.g. from ~/.pgpass)."""
    from mottagning.storage import sync_server  # noqa: PLC0415 (see run_command)

    translate = console.translate
    try:
        if args.server_command == "init":
            sync_server.install(args.dsn)
            console.say(
                translate(
                    "Cli",
                    "The clinic server is ready. Give each workstation a database role of "
                    "its own in the role {role}.",
                ).format(role=sync_server.WORKSTATION_ROLE)
            )
            return EXIT_OK
        if args.server_command == "devices":
            for device in sync_server.devices(args.dsn):
                state = (
                    translate("Cli", "removed {time}").format(
                        time=f"{device.removed_at:%Y-%m-%d %H:%M}"
                    )
                    if device.removed_at
                    else translate("Cli", "active")
                )
                last = _utc(device.last_push) if device.last_push else "-"
                console.say(
                    f"{device.device_id}  {device.db_role}  {_utc(device.registered_at)}"
                    f"  {state}  {device.changes}  {last}"
                )
            return EXIT_OK
        if sync_server.remove_device(args.dsn, args.device):
            console.say(translate("Cli", "Device {device} is removed.").format(device=args.device))
            return EXIT_OK
        console.complain(
            translate("Cli", "No device {device} on this server.").format(device=args.device)
        )
        return EXIT_PROBLEM
    except UserError as error:
        console.complain(error.describe(translate))
        return EXIT_PROBLEM
    except sync_server.ServerRefused as error:
        console.complain(
            translate("Cli", "The server refused: {reason}").format(reason=error.reason)
        )
        return EXIT_PROBLEM


def _sync(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.services.authentication import Authenticator  # noqa: PLC0415

    translate = console.translate
    if not files.clinic_exists():
        console.complain(
            translate("Cli", "No clinic database in {folder}.").format(folder=files.data_dir)
        )
        return EXIT_PROBLEM
    gate = Authenticator(files, SystemClock())
    try:
        session = gate.login(args.user, read_password(args, console, confirm=False))
        try:
            if args.sync_command == "connect":
                session.sync.connect(args.dsn)
                session.sync.sync_now()
                console.say(translate("Cli", "Connected to the clinic server, and synced."))
            elif args.sync_command == "copy":
                session.sync.copy_for_new_workstation(ClinicFiles(args.to))
                console.say(
                    translate(
                        "Cli",
                        "The new workstation's folder is {folder}. Move it to that computer, "
                        "then connect it with its own connection string.",
                    ).format(folder=args.to)
                )
            else:
                result = session.sync.sync_now()
                console.say(
                    translate("Cli", "Synced: {pushed} sent, {applied} received.").format(
                        pushed=result.pushed, applied=result.applied
                    )
                )
        finally:
            session.logout()
    finally:
        gate.close()
    return EXIT_OK


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def parse(argv: Sequence[str] | None, prog: str = GUI_PROGRAM) -> argparse.Namespace:
    return build_parser(prog).parse_args(argv)


def admin_usage() -> str:
    """What `mottagning-admin` without a command says: it never starts the window."""
    return build_parser(ADMIN_PROGRAM).format_help()
