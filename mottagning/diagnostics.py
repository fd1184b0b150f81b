"""Logging for support, kept free of client data, passwords and keys.

The program logs events and ids, never content. Exceptions are the risk: a
message like "invalid literal for int(): 'Anna'" can carry what was typed.
So tracebacks are logged with file, line and function only, and the message
only for our own errors (written to be safe) and SQLite's (about SQL, not data).
"""

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from mottagning.errors import MottagningError, UserError

LOG_FILE = "mottagning.log"
_MAX_BYTES = 2 * 1024 * 1024
_BACKUPS = 5


def configure_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Log to a rotating file in `log_dir` (created, readable by the user only)."""
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "mottagning", False)]:
        root.removeHandler(old)
        old.close()
    handler.mottagning = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path.chmod(0o600)
    return path


def stop_logging_to(log_dir: Path) -> None:
    """Close the log file in `log_dir` (before the folder is removed)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "mottagning", False)]:
        if Path(handler.baseFilename).parent == log_dir:  # type: ignore[attr-defined]
            root.removeHandler(handler)
            handler.close()


def _safe_message(exc: BaseException) -> str:
    """What of the exception's message may be logged."""
    if isinstance(exc, UserError):
        return exc.message  # the template: parameters may name a client's alias
    if isinstance(exc, MottagningError) or type(exc).__module__.startswith("sqlcipher3"):
        return str(exc)  # our own errors without parameters; SQLite's describe SQL and files
    return "<message withheld: may contain data>"


def redacted_traceback(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The trace with code locations only; the message where it is known to be safe."""
    lines = ["Traceback (most recent call last):"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{Path(frame.filename).name}", line {frame.lineno}, in {frame.name}')
    message = _safe_message(exc)
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}: {message}")
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        lines.append("Caused by:")
        lines.append(redacted_traceback(type(cause), cause, cause.__traceback__))
    return "\n".join(lines)


def log_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    logging.getLogger("mottagning.crash").error(
        "unexpected error\n%s", redacted_traceback(exc_type, exc, tb)
    )
