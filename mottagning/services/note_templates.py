"""Note templates: the text a new note of each type starts from; the clinic
lead's own where set, the shipped Swedish defaults otherwise."""

import json
from functools import cache
from importlib import resources

from mottagning.models.access_log import LogAction
from mottagning.models.journal import NoteType
from mottagning.services.context import Context
from mottagning.services.permissions import Action

TEMPLATES_KEY = "note_templates"


def default_templates() -> dict[str, str]:
    return dict(_shipped_templates())


@cache
def _shipped_templates() -> dict[str, str]:
    """Read once per process: signing compares the note with its template."""
    text = (resources.files("mottagning.resources") / "templates" / "notes.json").read_text(
        encoding="utf-8"
    )
    loaded: dict[str, str] = json.loads(text)
    return {key: value for key, value in loaded.items() if not key.startswith("_")}


class NoteTemplateService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def all(self) -> dict[str, str]:
        """The note templates: the clinic's own where set, the defaults otherwise."""
        stored = self._ctx.clinic.settings.get(TEMPLATES_KEY) or {}
        return {**default_templates(), **stored}

    def save(self, templates: dict[str, str]) -> None:
        self._ctx.require(Action.EDIT_CLINIC_SETTINGS)
        cleaned = {NoteType(key).value: text[:5000] for key, text in templates.items()}
        with self._ctx.db.transaction():
            self._ctx.clinic.settings.set(
                TEMPLATES_KEY, cleaned, self._ctx.clinic.clock.now(), self._ctx.actor.id
            )
            self._ctx.record(
                LogAction.CLINIC_SETTINGS_CHANGED, target_type="settings", target_id=TEMPLATES_KEY
            )
