"""The composition root: arguments, paths, logging, then a headless command or
the desktop application. The only place outside ui/ that touches Qt, and it
does so late, so that `mottagning verify` on a server loads no GUI code."""

import argparse
import logging
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from mottagning import __version__, cli
from mottagning.diagnostics import configure_logging
from mottagning.errors import UserError
from mottagning.i18n import Translate
from mottagning.paths import AppPaths
from mottagning.services.clock import SystemClock
from mottagning.storage.files import ClinicFiles, storage_errors
from mottagning.storage.preferences import LocalPreferences

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """`mottagning`: the desktop application, or a command when one is given."""
    args = cli.parse(argv)
    if args.command:
        return _run_command(args)
    return _run_gui(args)


def admin_main(argv: Sequence[str] | None = None) -> int:
    """`mottagning-admin`: the headless commands only, as a console program.

    On Windows a GUI program has no console, so `mottagning init` would print
    its one-time recovery key to nowhere; this entry point always has one.
    Without a command it prints its usage and exits 2, never opening a window."""
    args = cli.parse(argv, cli.ADMIN_PROGRAM)
    if args.command:
        return _run_command(args)
    print(cli.admin_usage(), file=sys.stderr)
    return cli.EXIT_USAGE


def _run_command(args: argparse.Namespace) -> int:
    paths = AppPaths.resolve(cli.data_dir_of(args))
    files = ClinicFiles(paths.data_dir)
    return cli.run_command(args, paths, cli.Console(_command_line_translate(args.language, files)))


def _command_line_translate(override: str | None, files: ClinicFiles) -> Translate:
    """Qt's translator without a GUI: a QCoreApplication is enough."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415 (Qt only when needed)

    from mottagning.ui.translations import choose_language, install_translators  # noqa: PLC0415

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(app, choose_language(override, LocalPreferences(files.preferences)))
    return QCoreApplication.translate


def _run_gui(args: argparse.Namespace) -> int:
    temporary_demo: Path | None = None
    data_dir = args.data_dir
    if args.demo and data_dir is None:
        temporary_demo = Path(tempfile.mkdtemp(prefix="mottagning-demo-"))
        data_dir = temporary_demo
    paths = AppPaths.resolve(data_dir)
    # A temporary demo needs no second record of failed logins (it is gone after the run).
    throttle_copy = None if temporary_demo is not None else paths.login_throttle_copy
    files = ClinicFiles(paths.data_dir, throttle_copy)
    try:
        try:
            files.ensure_data_dir()
            with storage_errors(paths.log_dir):
                log_file = configure_logging(paths.log_dir, verbose=args.verbose)
        except UserError as error:
            message = error.describe(_command_line_translate(args.language, files))
            print(message, file=sys.stderr)
            from mottagning.ui.application import show_start_problem  # noqa: PLC0415

            show_start_problem(message)
            return cli.EXIT_PROBLEM
        log.info(
            "Mottagning %s: starting the desktop application%s",
            __version__,
            " (demo)" if args.demo else "",
        )
        from mottagning.ui.application import run  # noqa: PLC0415 (Qt only when needed)

        # A temporary demo clinic is gone after the run; the language chosen in
        # it is kept with the user's settings instead.
        preferences = LocalPreferences(
            paths.demo_preferences if temporary_demo is not None else files.preferences
        )
        return run(
            files,
            SystemClock(),
            preferences,
            demo=args.demo,
            language_override=args.language,
            log_file=log_file,
        )
    finally:
        if temporary_demo is not None:
            shutil.rmtree(temporary_demo, ignore_errors=True)
