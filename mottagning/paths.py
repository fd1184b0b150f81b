"""Where Mottagning keeps its files: the one place that asks platformdirs."""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Mottagning"
APP_AUTHOR = "Mottagning"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path  # the clinic database, key slots and local state
    log_dir: Path

    @property
    def login_throttle_copy(self) -> Path:
        """Where the second record of failed logins for this data folder is
        kept: the OS user's state folder, outside the data folder."""
        folder = hashlib.sha256(str(self.data_dir).encode("utf-8", "surrogateescape")).hexdigest()
        state = Path(platformdirs.user_state_dir(APP_NAME, APP_AUTHOR))
        return state / "login-records" / f"{folder[:16]}.json"

    @property
    def demo_preferences(self) -> Path:
        """This workstation's preferences (the language) for demo clinics,
        which live in a temporary folder that is removed after each run."""
        return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "demo-preferences.json"

    @classmethod
    def resolve(cls, data_dir: Path | None = None) -> "AppPaths":
        """Platform defaults, or everything below `data_dir` when one is given.

        With an explicit data folder (tests, demo, a second clinic) the logs go
        there too, so that nothing of that clinic lands in the user's profile.
        """
        if data_dir is not None:
            data_dir = data_dir.expanduser().resolve()
            return cls(data_dir=data_dir, log_dir=data_dir / "logs")
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        )
