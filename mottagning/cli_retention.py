"""`mottagning retention list|purge`: the yearly retention review and the
purge for IT, as a clinic lead (the same services as the Administration tab).

Exit codes: 0 listed or purged (also when nothing was due); 1 a problem
explained on stderr (wrong password, not a clinic lead, a second person needed,
the file in use elsewhere); 2 a wrong command line (`purge` without `--yes`).
"""

import argparse
from datetime import date

from mottagning.cli import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    Console,
    _password_source,
    folder_argument,
    read_password,
    text_argument,
)
from mottagning.services.clock import SystemClock
from mottagning.storage.files import ClinicFiles


def add_retention_command(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    retention = commands.add_parser(
        "retention", help="the retention review (gallring) and the purge (a clinic lead)"
    )
    actions = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    for name, text in (
        ("list", "the records whose years have passed: due, or kept and why"),
        ("purge", "purge every record due today, for good (needs --yes)"),
    ):
        command = actions.add_parser(name, help=text)
        command.add_argument("--data-dir", type=folder_argument, dest="command_data_dir")
        command.add_argument(
            "--user", required=True, type=text_argument, help="a clinic lead's user name"
        )
        _password_source(command)
    purge = actions.choices["purge"]
    purge.add_argument("--yes", action="store_true", help="confirm the purge")
    purge.add_argument(
        "--second-user", type=text_argument, help="the second person, when the rules ask for one"
    )
    purge.add_argument(
        "--second-password-file",
        type=folder_argument,
        help="the second person's password (first line; else a prompt)",
    )


def run_retention(args: argparse.Namespace, files: ClinicFiles, console: Console) -> int:
    from mottagning.services.authentication import Authenticator  # noqa: PLC0415 (see run_command)

    translate = console.translate
    if not files.clinic_exists():
        console.complain(
            translate("Cli", "No clinic database in {folder}.").format(folder=files.data_dir)
        )
        return EXIT_PROBLEM
    purging = args.retention_command == "purge"
    if purging and not args.yes:
        console.complain(translate("Cli", "A purge cannot be undone: add --yes to confirm it."))
        return EXIT_USAGE
    gate = Authenticator(files, SystemClock())
    try:
        session = gate.login(args.user, read_password(args, console, confirm=False))
        try:
            review = session.retention.review()
            for item in review.items:
                console.say(
                    f"{'DUE ' if item.due else 'KEPT'}  {item.client_id}  {item.alias:<20}"
                    f"  {item.last_entry.isoformat()}  {_by(item.purge_by)}"
                    f"  {item.verdict.label.translated(translate)}"
                    + (f": {item.reason}" if item.reason else "")
                )
            console.say(
                translate("Cli", "Due: {due}. Kept: {kept}. Not yet due: {later}.").format(
                    due=len(review.due),
                    kept=len(review.items) - len(review.due),
                    later=review.not_yet_due,
                )
            )
            if purging:
                second = None
                if args.second_user:
                    second = (args.second_user, _second_password(args, console))
                record = session.retention.purge([item.client_id for item in review.due], second)
                console.say(
                    translate("Cli", "Purged: {count} records.").format(
                        count=record.records if record else 0
                    )
                )
                console.say(
                    translate(
                        "Cli",
                        "Backups made before now still hold them until they rotate out.",
                    )
                )
        finally:
            session.logout()
    finally:
        gate.close()
    return EXIT_OK


def _by(day: date) -> str:
    return day.isoformat()


def _second_password(args: argparse.Namespace, console: Console) -> str:
    if args.second_password_file is not None:
        lines = args.second_password_file.read_text(encoding="utf-8").splitlines()
        return lines[0] if lines else ""
    return console.ask(console.translate("Cli", "The second person's password: "))
