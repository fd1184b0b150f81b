"""A signed-in user's own choices, kept in the database with their account."""

from mottagning.services.context import Context
from mottagning.storage.user_preferences import UserPreferenceRepository

SHOW_FULL_NAMES = "show_full_names"
JOURNAL_NEWEST_FIRST = "journal_newest_first"


class UserPreferences:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._store = UserPreferenceRepository(context.db)

    @property
    def show_full_names(self) -> bool:
        """Names instead of aliases in calendars and lists (off: a semi-public desk)."""
        return bool(self._store.get(self._ctx.actor.id, SHOW_FULL_NAMES, default=False))

    def set_show_full_names(self, value: bool) -> None:
        self._store.set(self._ctx.actor.id, SHOW_FULL_NAMES, bool(value))

    @property
    def journal_newest_first(self) -> bool:
        """A journal lists its latest note at the top (off: journal order, oldest first)."""
        return bool(self._store.get(self._ctx.actor.id, JOURNAL_NEWEST_FIRST, default=False))

    def set_journal_newest_first(self, value: bool) -> None:
        self._store.set(self._ctx.actor.id, JOURNAL_NEWEST_FIRST, bool(value))
