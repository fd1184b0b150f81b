"""Preferences of this workstation that are needed before anyone logs in
(the language of the login window). Nothing sensitive belongs here."""

from pathlib import Path

from mottagning.storage.files import read_json, write_json_atomically

LANGUAGES = ("sv", "en")


class LocalPreferences:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, object]:
        try:
            content = read_json(self.path)
        except (ValueError, OSError):  # damaged or unreadable: the defaults
            return {}
        return content if isinstance(content, dict) else {}

    def language(self) -> str | None:
        """ "sv" or "en" when chosen, None to follow the system's locale."""
        value = self._load().get("language")
        return value if isinstance(value, str) and value in LANGUAGES else None

    def set_language(self, language: str | None) -> None:
        if language is not None and language not in LANGUAGES:
            raise ValueError(language)
        self._save("language", language)

    def clinic_name(self) -> str:
        """The clinic's name as last seen after a login, for the login window
        (the database, and so the real name, is locked until then)."""
        value = self._load().get("clinic_name")
        return value if isinstance(value, str) else ""

    def set_clinic_name(self, name: str) -> None:
        if name != self.clinic_name():
            self._save("clinic_name", name)

    def _save(self, key: str, value: object) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_json_atomically(self.path, {**self._load(), key: value})
