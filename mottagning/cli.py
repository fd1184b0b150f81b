"""The command line: the GUI by default, and headless commands for IT and scripts.

    mottagning [--data-dir DIR] [--demo] [--language sv|en]
    mottagning init   --data-dir DIR --clinic-name NAME --lead-username U --lead-name NAME
    mottagning demo   --data-dir DIR
    mottagning verify --data-dir DIR --user U
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
from typing import TextIO

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
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mottagning",
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
    return parser


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
    commands = {"init": _init, "demo": _demo, "verify": _verify, "sync": _sync}
    try:
        try:
            with storage_errors(paths.log_dir):
                configure_logging(paths.log_dir, verbose=args.verbose)
            log.info("command %s", args.command)
            return commands[args.command](args, files, console)
        except BaseException:
            if made_folder:
                _remove_folder_made_by(paths)
            raise
    except UserError as error:
        console.complain(error.describe(console.translate))
        return EXIT_PROBLEM
    except OSError as error:
        console.complain(
            console.translate("Cli", "Could not read {file}: {reason}").format(
                file=error.filename, reason=error.strerror
            )
        )
        return EXIT_PROBLEM


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


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
